import { describe, expect, it } from 'vitest'
import catalogJson from '../../../../resources/catalog/catalog.json'
import taxonomyJson from '../../../../resources/catalog/taxonomy.json'
import { CatalogSchema } from '@shared/domain/catalog'
import { compareRoles } from '@shared/domain/compare/compare-roles'
import { entityMatrixToCsv } from '@shared/domain/compare/export-csv'
import { comparisonToMarkdown } from '@shared/domain/compare/export-markdown'
import { TaxonomySchema } from '@shared/domain/entity'
import type { Provenance, Role } from '@shared/domain/role'
import { sectionKeys } from '@shared/domain/sections'
import { parseCsv } from './csv-parser'

const catalog = CatalogSchema.parse(catalogJson)
const taxonomy = TaxonomySchema.parse(taxonomyJson)
const entities = new Map(taxonomy.entities.map((entity) => [entity.id, entity]))
const articles = new Map(catalog.articles.map((article) => [article.id, article]))

const citing =
  (articleId: string) =>
  (sourced: { provenance: Provenance }): boolean =>
    sourced.provenance.articleIds.includes(articleId)

/** The roles an article covers: those with any item, statement or figure citing it. */
function rolesCovering(articleId: string): Role[] {
  const cites = citing(articleId)
  return catalog.roles.filter(
    (role) =>
      sectionKeys.some((key) => role.sections[key].some(cites)) ||
      role.outlook.statements.some(cites) ||
      role.outlook.figures.some(cites),
  )
}

describe.each(catalog.articles)('the seed article "$title"', (article) => {
  const cites = citing(article.id)
  const roles = rolesCovering(article.id)
  const comparison = compareRoles(roles, entities, articles)

  it('covers exactly two roles', () => {
    expect(roles).toHaveLength(2)
  })

  it('puts every item, statement and figure citing it in its role’s column', () => {
    roles.forEach((role, index) => {
      const column = comparison.columns[index]
      expect(column?.role.id).toBe(role.id)
      for (const key of sectionKeys) {
        const ids = column?.sections[key].map((item) => item.id)
        for (const item of role.sections[key].filter(cites)) expect(ids).toContain(item.id)
      }
      for (const statement of role.outlook.statements.filter(cites)) {
        expect(column?.outlook.statements).toContainEqual(statement)
      }
      for (const figure of role.outlook.figures.filter(cites)) {
        expect(column?.outlook.figures).toContainEqual(figure)
      }
    })
  })

  it('marks every entity its items link as linked by that role', () => {
    for (const role of roles) {
      // Sites to learn or network on (Coursera, Kaggle) are mentioned, not compared.
      const linked = sectionKeys
        .flatMap((key) => role.sections[key].filter(cites).flatMap((item) => item.entityIds))
        .filter((id) => entities.get(id)?.kind !== 'resource')
      expect(linked.length).toBeGreaterThan(0)
      for (const id of linked) {
        expect(comparison.entities[id]?.roleIds, `${role.id} links ${id}`).toContain(role.id)
      }
    }
  })

  it('cites the article', () => {
    expect(comparison.articles[article.id]).toEqual(article)
  })

  it('exports Markdown naming both roles and every figure’s source', () => {
    const markdown = comparisonToMarkdown(comparison, {
      title: article.title,
      notes: '',
      exportedAt: new Date(2025, 0, 19),
    })
    for (const role of roles) {
      expect(markdown).toContain(`### ${role.name}\n`)
      for (const figure of role.outlook.figures) expect(markdown).toContain(figure.source)
    }
    expect(markdown).toContain(`\n- ${article.title}`)
  })

  it('exports CSV with one row per entity', () => {
    const rows = parseCsv(entityMatrixToCsv(comparison))
    expect(rows[0]?.slice(4)).toEqual(roles.map((role) => role.name))
    expect(rows).toHaveLength(Object.keys(comparison.entities).length + 1)
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(rows.length - 1)
  })
})
