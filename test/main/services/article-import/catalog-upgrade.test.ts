import { describe, expect, it } from 'vitest'
import { mergeBuiltInCatalog } from '../../../../src/main/services/catalog/merge'
import type { Catalog } from '@shared/domain/catalog'
import type { Role } from '@shared/domain/role'

function role(id: string, skills: Role['sections']['skills']): Role {
  return {
    id,
    name: id,
    aliases: [],
    summary: `${id} summary`,
    origin: 'builtin',
    sections: { responsibilities: [], skills, education: [], tools: [], industries: [], tips: [] },
    outlook: { statements: [], figures: [] },
  }
}

const catalogSkill = {
  id: 'sql',
  text: 'SQL',
  entityIds: ['sql'],
  provenance: { origin: 'catalog' as const, articleIds: ['seed'] },
}
const importedSkill = {
  id: 'dbt',
  text: 'Modelling with dbt',
  entityIds: [],
  provenance: { origin: 'import' as const, articleIds: ['mine'] },
}

function catalog(version: number, roles: Role[]): Catalog {
  return { version, articles: [{ id: 'seed', title: 'Seed' }], roles }
}

describe('a newer catalog and what the user imported into built-in roles', () => {
  it('merges imported items into the new version of the role', () => {
    const merged = mergeBuiltInCatalog(
      { catalogVersion: 1, roles: [role('a', [catalogSkill, importedSkill])] },
      catalog(2, [role('a', [{ ...catalogSkill, text: 'SQL, reworded' }])]),
    )
    expect(merged?.roles).toEqual([
      role('a', [{ ...catalogSkill, text: 'SQL, reworded' }, importedSkill]),
    ])
  })

  it('keeps a dropped built-in role the user imported into, as an imported role', () => {
    const merged = mergeBuiltInCatalog(
      {
        catalogVersion: 1,
        roles: [role('kept', [catalogSkill, importedSkill]), role('gone', [catalogSkill])],
      },
      catalog(2, [role('new', [catalogSkill])]),
    )
    expect(merged?.roles.map((r) => [r.id, r.origin])).toEqual([
      ['new', 'builtin'],
      ['kept', 'imported'],
    ])
  })
})
