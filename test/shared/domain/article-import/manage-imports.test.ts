import { describe, expect, it } from 'vitest'
import { applyImport, undoImport } from '@shared/domain/article-import/apply-import'
import {
  deleteImportedRole,
  importedArticles,
  removeImportedArticle,
  renameImportedRole,
  roleUsage,
} from '@shared/domain/article-import/manage-imports'
import type { Role } from '@shared/domain/role'
import { articleText, parsed } from '../../importer/article-fixtures'
import { rolesBuiltFromArticle } from './built-from-article'

// The built-in roles, written from some other article here, so that this one is the user's.
const builtIn: Role[] = rolesBuiltFromArticle.map((role) => ({
  ...role,
  sections: Object.fromEntries(
    Object.entries(role.sections).map(([key, items]) => [
      key,
      items.map((item) => ({ ...item, provenance: { origin: 'catalog', articleIds: ['seed'] } })),
    ]),
  ) as Role['sections'],
}))

// The article merged into the built-in Analytics Engineer, its Data Steward saved as new.
const longer = parsed(
  articleText('by-role-plain.txt').replace(
    '- Dashboards: Looker for the models people consume.\n',
    '- Dashboards: Looker for the models people consume.\n- Notebooks: Hex for ad hoc questions from sales.\n',
  ),
)
const imported = applyImport(
  { roles: builtIn, articles: [] },
  { ...longer, title: 'Analytics Engineer vs. Data Steward: A Second Look' },
  [
    { action: 'merge', roleId: 'analytics-engineer' },
    { action: 'new', name: 'Data Steward (imported)' },
  ],
  [],
  { importedAt: '2026-12-03T09:30:00.000Z' },
)
const state = imported.state

describe('managing what was imported', () => {
  it('lists imported articles with the roles that cite them', () => {
    expect(importedArticles(state)).toEqual([
      {
        id: imported.articleId,
        title: 'Analytics Engineer vs. Data Steward: A Second Look',
        importedAt: '2026-12-03T09:30:00.000Z',
        roles: [
          { id: 'analytics-engineer', name: 'Analytics Engineer', origin: 'builtin' },
          { id: 'data-steward-imported', name: 'Data Steward (imported)', origin: 'imported' },
        ],
      },
    ])
  })

  it('renames an imported role, refuses a taken name or a built-in role, and undoes', () => {
    const renamed = renameImportedRole(state, 'data-steward-imported', 'Data Custodian')
    if (!renamed.ok) throw new Error(renamed.message)
    expect(renamed.state.roles.find((r) => r.id === 'data-steward-imported')?.name).toBe(
      'Data Custodian',
    )
    expect(undoImport(renamed.state, renamed.snapshot)).toEqual(state)
    expect(renameImportedRole(state, 'data-steward-imported', 'data steward')).toEqual({
      ok: false,
      message: 'A role named “Data Steward” already exists: choose another name.',
    })
    expect(renameImportedRole(state, 'analytics-engineer', 'X').ok).toBe(false)
  })

  it('deletes an imported role and puts it back where it stood on undo', () => {
    const deleted = deleteImportedRole(state, 'data-steward-imported')
    if (!deleted.ok) throw new Error(deleted.message)
    expect(deleted.state.roles.map((r) => r.id)).not.toContain('data-steward-imported')
    expect(undoImport(deleted.state, deleted.snapshot)).toEqual(state)
  })

  it('removes an article: the built-in role loses only what it alone added, and undo restores it', () => {
    const removed = removeImportedArticle(state, imported.articleId)
    if (!removed.ok) throw new Error(removed.message)
    expect(removed.state.articles).toEqual([])
    const engineer = removed.state.roles.find((r) => r.id === 'analytics-engineer')
    expect(engineer).toEqual(builtIn[0])
    expect(undoImport(removed.state, removed.snapshot)).toEqual(state)
  })

  it('says which plans and saved comparisons use a role', () => {
    const at = '2026-12-01T00:00:00.000Z'
    const usage = roleUsage(
      'data-steward-imported',
      [
        {
          id: 'p1',
          title: 'Become a data steward',
          source: { kind: 'role', roleId: 'data-steward-imported' },
          items: [],
          archived: false,
          createdAt: at,
          updatedAt: at,
        },
      ],
      [
        {
          id: 'c1',
          title: 'Steward or engineer?',
          roleIds: ['data-steward-imported', 'analytics-engineer'],
          roleNames: ['Data Steward (imported)', 'Analytics Engineer'],
          notes: '',
          tags: [],
          createdAt: at,
          updatedAt: at,
        },
      ],
    )
    expect(usage).toEqual({
      plans: ['Become a data steward'],
      comparisons: ['Steward or engineer?'],
    })
  })
})
