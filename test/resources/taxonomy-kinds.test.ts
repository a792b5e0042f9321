import { describe, expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import taxonomyJson from '../../resources/catalog/taxonomy.json'
import { CatalogSchema } from '@shared/domain/catalog'
import { compareRoles } from '@shared/domain/compare/compare-roles'
import { groupOf } from '@shared/domain/compare/types'
import { TaxonomySchema } from '@shared/domain/entity'
import { roleNeeds } from '@shared/domain/fit'
import { queryLibrary } from '@shared/domain/library-search'

const catalog = CatalogSchema.parse(catalogJson)
const taxonomy = TaxonomySchema.parse(taxonomyJson)
const entities = new Map(taxonomy.entities.map((entity) => [entity.id, entity]))

/** Sites people learn, practise or network on: mentioned by roles, never tools to learn. */
const LEARNING_AND_CAREER_SITES = ['coursera', 'edx', 'kaggle', 'linkedin']

describe('the taxonomy’s kinds', () => {
  it('gives every entity one kind, once', () => {
    const ids = taxonomy.entities.map((entity) => entity.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('files learning and career sites as such, not as tools', () => {
    for (const id of LEARNING_AND_CAREER_SITES) {
      expect(entities.get(id)?.kind, id).toBe('resource')
      expect(groupOf(entities.get(id)?.kind ?? 'tool'), id).toBeUndefined()
    }
  })

  it('never offers a learning site as something a role needs, compares or ranks', () => {
    for (const role of catalog.roles) {
      const needs = roleNeeds(role, entities, new Map()).map((need) => need.entityId)
      for (const id of LEARNING_AND_CAREER_SITES) expect(needs).not.toContain(id)
    }
    const [first, second] = catalog.roles.filter((role) =>
      ['machine-learning-engineer', 'lead-machine-learning-engineer'].includes(role.id),
    )
    if (!first || !second) throw new Error('the seed roles are missing')
    const comparison = compareRoles([first, second], entities, new Map())
    for (const id of LEARNING_AND_CAREER_SITES) expect(comparison.entities[id]).toBeUndefined()
  })

  it('lists an entity under Industry or under Tool in the library, never both, and by its kind', () => {
    const result = queryLibrary(catalog.roles, entities, { text: '' })
    const industries = result.industries.map((facet) => facet.id)
    const tools = result.tools.map((facet) => facet.id)
    expect(industries.filter((id) => tools.includes(id))).toEqual([])
    for (const id of industries) expect(entities.get(id)?.kind, id).toBe('industry')
    for (const id of tools)
      expect(groupOf(entities.get(id)?.kind ?? 'resource'), id).not.toBe('industries')
    expect(industries).not.toContain('artificial-intelligence')
    expect(industries).not.toContain('compliance')
  })
})
