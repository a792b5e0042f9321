import { describe, expect, it } from 'vitest'
import { applyImport } from '@shared/domain/article-import/apply-import'
import { sectionKeys } from '@shared/domain/sections'
import { articleText, parsed } from '../../importer/article-fixtures'
import { builtInArticle, rolesBuiltFromArticle } from './built-from-article'

describe('importing an article into the roles built from it', () => {
  const article = parsed(articleText('by-role-plain.txt'))
  const applied = applyImport(
    { roles: rolesBuiltFromArticle, articles: [] },
    article,
    [
      { action: 'merge', roleId: 'analytics-engineer' },
      { action: 'merge', roleId: 'data-steward' },
    ],
    [builtInArticle],
  )

  it.each(rolesBuiltFromArticle.map((role) => [role.name, role] as const))(
    'adds at most one item to any section of %s',
    (_name, before) => {
      const after = applied.state.roles.find((role) => role.id === before.id)
      for (const key of sectionKeys) {
        const gained = (after?.sections[key].length ?? 0) - before.sections[key].length
        expect(gained, key).toBeLessThanOrEqual(1)
      }
    },
  )

  it('cites the built-in article once, and records no second copy of it', () => {
    expect(applied.articleId).toBe(builtInArticle.id)
    expect(applied.state.articles).toEqual([])
    for (const role of applied.state.roles) {
      for (const key of sectionKeys) {
        for (const item of role.sections[key]) {
          expect(item.provenance.articleIds.filter((id) => id === builtInArticle.id).length).toBe(1)
        }
      }
    }
  })
})
