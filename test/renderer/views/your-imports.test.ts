import { describe, expect, it } from 'vitest'
import type { ImportedArticle } from '@shared/domain/article-import/types'
import {
  deletionConsequences,
  YourImports,
  type YourImportsClient,
} from '../../../src/renderer/src/views/your-imports.svelte'
import { ApiError } from '../../../src/renderer/src/lib/api'

const article: ImportedArticle = {
  id: 'data-manager-vs-insight-engineer',
  title: 'Data Manager vs. Insight Engineer: A Comprehensive Comparison',
  importedAt: '2026-12-03T09:30:00.000Z',
  roles: [
    { id: 'data-manager', name: 'Data Manager', origin: 'builtin' },
    { id: 'insight-engineer', name: 'Insight Engineer', origin: 'imported' },
  ],
}

function setUp(overrides: Partial<YourImportsClient> = {}) {
  const calls: string[] = []
  const notes: { message: string; undo?: () => Promise<void> }[] = []
  const client: YourImportsClient = {
    articles: async () => [article],
    roleUsage: async () => ({ plans: ['Become an insight engineer'], comparisons: [] }),
    renameRole: async (roleId, name) => {
      calls.push(`rename ${roleId} ${name}`)
      return { undoId: 'u-rename' }
    },
    deleteRole: async (roleId) => {
      calls.push(`delete ${roleId}`)
      return { undoId: 'u-delete' }
    },
    removeArticle: async (articleId) => {
      calls.push(`remove ${articleId}`)
      return { undoId: 'u-remove' }
    },
    undo: async (undoId) => {
      calls.push(`undo ${undoId}`)
    },
    ...overrides,
  }
  const imports = new YourImports(client, (message, undo) =>
    notes.push({ message, ...(undo && { undo }) }),
  )
  return { imports, calls, notes }
}

describe('YourImports', () => {
  it('lists the roles imports made, not the built-in ones they merged into', async () => {
    const { imports } = setUp()
    await imports.load()
    expect(imports.importedRoles.map((role) => role.id)).toEqual(['insight-engineer'])
  })

  it('says what uses a role before deleting it, deletes on confirmation, and undoes', async () => {
    const { imports, calls, notes } = setUp()
    await imports.load()
    const [role] = imports.importedRoles
    if (!role) throw new Error('no imported role')
    await imports.askToDeleteRole(role)
    expect(imports.pending).toMatchObject({
      kind: 'role',
      usage: { plans: ['Become an insight engineer'] },
    })
    expect(calls).toEqual([])
    await imports.confirmPending()
    expect(calls).toEqual(['delete insight-engineer'])
    expect(imports.pending).toBeNull()
    expect(notes.at(-1)?.message).toBe('Deleted “Insight Engineer”.')
    await notes.at(-1)?.undo?.()
    expect(calls).toEqual(['delete insight-engineer', 'undo u-delete'])
  })

  it('removes an article only once confirmed, and keeps a refused rename open', async () => {
    const { imports, calls, notes } = setUp({
      renameRole: async () => {
        throw new ApiError('invalid-input', 'A role named “Data Manager” already exists.')
      },
    })
    await imports.load()
    imports.askToRemoveArticle(article)
    imports.cancelPending()
    expect(calls).toEqual([])
    imports.askToRemoveArticle(article)
    await imports.confirmPending()
    expect(calls).toEqual([`remove ${article.id}`])

    imports.startRename({ id: 'insight-engineer', name: 'Insight Engineer', origin: 'imported' })
    if (imports.renaming) imports.renaming.name = 'Data Manager'
    await imports.confirmRename()
    expect(imports.renaming).not.toBeNull()
    expect(notes.at(-1)?.message).toBe('A role named “Data Manager” already exists.')
  })
})

describe('deletionConsequences', () => {
  it('names the plans that keep their items and the comparisons that show the role deleted', () => {
    expect(deletionConsequences({ plans: [], comparisons: [] })).toBe(
      'No plan was made from it. No saved comparison holds it.',
    )
    expect(
      deletionConsequences({ plans: ['Plan A', 'Plan B'], comparisons: ['Steward or engineer?'] }),
    ).toBe(
      '2 plans made from it (Plan A, Plan B) keep their items and your progress. 1 saved comparison (Steward or engineer?) will show it as deleted.',
    )
  })
})
