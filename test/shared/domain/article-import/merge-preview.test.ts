import { describe, expect, it } from 'vitest'
import { applyImport } from '@shared/domain/article-import/apply-import'
import {
  defaultTargets,
  earlierImportOf,
  previewMerge,
} from '@shared/domain/article-import/merge-preview'
import { takeBackArticle } from '@shared/domain/article-import/take-back-article'
import { sectionKeys } from '@shared/domain/sections'
import { articleText, parsed } from '../../importer/article-fixtures'
import { builtInArticle, rolesBuiltFromArticle } from './built-from-article'

const article = parsed(articleText('by-role-plain.txt'))
const library = { roles: rolesBuiltFromArticle, articles: [] }

describe('previewMerge', () => {
  const preview = previewMerge(library, article, 0, 'analytics-engineer', [builtInArticle])

  it('says of each item whether it is new, already there or near, and what it matches', () => {
    expect(preview?.fates.tools.map((fate) => fate.verdict)).toEqual([
      'same',
      'same',
      'same',
      'same',
    ])
    expect(preview?.fates.tools[0]).toMatchObject({
      verdict: 'same',
      matchText: 'dbt to build and test models.',
      sameArticle: true,
    })
    const counted = (preview?.added ?? 0) + (preview?.already ?? 0) + (preview?.near ?? 0)
    expect(counted).toBe(Object.values(preview?.fates ?? {}).flat().length)
  })

  it('changes nothing', () => {
    expect(library.roles).toBe(rolesBuiltFromArticle)
    expect(rolesBuiltFromArticle[0]?.sections.tools).toHaveLength(4)
  })

  it('answers null for a role that is not there', () => {
    expect(previewMerge(library, article, 0, 'no-such-role', [])).toBeNull()
  })
})

describe('an article imported again', () => {
  const first = applyImport(
    library,
    article,
    [
      { action: 'new', name: 'Analytics Engineer (imported)' },
      { action: 'new', name: 'Data Steward (imported)' },
    ],
    [],
    { importedAt: '2026-12-03T09:30:00.000Z' },
  )

  it('is recognised with the date of the earlier import and the roles it went to', () => {
    expect(earlierImportOf(first.state, article, [])).toEqual({
      articleId: first.articleId,
      title: article.title,
      builtIn: false,
      importedAt: '2026-12-03T09:30:00.000Z',
      sameText: true,
      roleIds: ['analytics-engineer-imported', 'data-steward-imported'],
    })
    expect(defaultTargets(first.state, article, [])).toEqual([
      'analytics-engineer-imported',
      'data-steward-imported',
    ])
  })

  it('is recognised as a built-in article when the catalog has it', () => {
    expect(earlierImportOf(library, article, [builtInArticle])).toMatchObject({
      articleId: builtInArticle.id,
      builtIn: true,
      importedAt: null,
      sameText: true,
    })
  })

  it('updates the earlier import: what the article no longer says goes, nothing is doubled', () => {
    const shorter = parsed(
      articleText('by-role-plain.txt').replace('- Media: Audience figures for publishers.\n', ''),
    )
    const again = applyImport(
      first.state,
      shorter,
      [
        { action: 'merge', roleId: 'analytics-engineer-imported' },
        { action: 'merge', roleId: 'data-steward-imported' },
      ],
      [],
      { updateEarlier: true, importedAt: '2026-12-05T10:00:00.000Z' },
    )
    const role = again.state.roles.find((r) => r.id === 'analytics-engineer-imported')
    expect(role?.sections.industries.map((item) => item.text)).toEqual([
      'Retail: Sales and stock reporting across stores.',
      'Software: Product usage metrics for subscription businesses.',
    ])
    expect(again.state.articles).toHaveLength(1)
    expect(again.state.articles[0]?.importedAt).toBe('2026-12-05T10:00:00.000Z')
    for (const key of sectionKeys) {
      for (const item of role?.sections[key] ?? []) {
        expect(item.provenance.articleIds).toEqual([first.articleId])
      }
    }
  })
})

describe('takeBackArticle', () => {
  const longer = parsed(
    articleText('by-role-plain.txt').replace(
      '- Dashboards: Looker for the models people consume.\n',
      '- Dashboards: Looker for the models people consume.\n- Notebooks: Hex for ad hoc questions from sales.\n',
    ),
  )
  const merged = applyImport(
    library,
    longer,
    [
      { action: 'merge', roleId: 'analytics-engineer' },
      { action: 'merge', roleId: 'data-steward' },
    ],
    [builtInArticle],
  )
  const role = merged.state.roles.find((r) => r.id === 'analytics-engineer')

  it('removes what the article alone added and leaves built-in items as the catalog wrote them', () => {
    if (!role) throw new Error('no merged role')
    const taken = takeBackArticle(role, merged.articleId, true)
    expect(taken.role).toEqual(rolesBuiltFromArticle[0])
    expect(taken.removed).toBe(1)
  })
})
