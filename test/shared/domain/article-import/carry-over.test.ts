import { describe, expect, it } from 'vitest'
import { carryOverImports, hasImports } from '@shared/domain/article-import/carry-over'
import type { Role } from '@shared/domain/role'
import { testRole } from '../fixtures'

const catalogArticleIds = new Set(['a1'])

function previousVersion(): Role {
  const role = testRole('data-manager', 'Data Manager', {})
  return {
    ...role,
    aliases: ['Insight Manager'],
    sections: {
      ...role.sections,
      skills: [
        {
          id: 'sql',
          text: 'Strong SQL skills',
          entityIds: ['sql'],
          provenance: { origin: 'catalog', articleIds: ['a1', 'x'] },
        },
        {
          id: 'data-modelling',
          text: 'Data modelling',
          entityIds: [],
          provenance: { origin: 'import', articleIds: ['x'] },
        },
      ],
    },
  }
}

describe('carryOverImports', () => {
  it('keeps imported items, aliases and citations in the catalog’s new version of a role', () => {
    const next = testRole('data-manager', 'Data Manager', {
      skills: [
        ['Strong SQL skills!', ['sql']],
        ['Stakeholder communication', []],
      ],
    })
    const role = carryOverImports(previousVersion(), next, catalogArticleIds)
    expect(role.sections.skills.map((i) => [i.text, i.provenance])).toEqual([
      ['Strong SQL skills!', { origin: 'catalog', articleIds: ['a1', 'x'] }],
      ['Stakeholder communication', { origin: 'catalog', articleIds: ['a1'] }],
      ['Data modelling', { origin: 'import', articleIds: ['x'] }],
    ])
    expect(role.aliases).toEqual(['Insight Manager'])
  })

  it('keeps an item the catalog dropped when an imported article also states it', () => {
    const next = testRole('data-manager', 'Data Manager', {})
    const role = carryOverImports(previousVersion(), next, catalogArticleIds)
    expect(role.sections.skills.map((i) => [i.text, i.provenance.articleIds])).toEqual([
      ['Strong SQL skills', ['x']],
      ['Data modelling', ['x']],
    ])
  })

  it('changes nothing for a role nobody imported into', () => {
    const previous = testRole('data-manager', 'Data Manager', { skills: [['SQL', ['sql']]] })
    const next = testRole('data-manager', 'Data Manager', { skills: [['SQL!', ['sql']]] })
    expect(carryOverImports(previous, next, catalogArticleIds)).toEqual(next)
  })
})

describe('hasImports', () => {
  it('tells a role with imported items or citations from a catalog-only one', () => {
    expect(hasImports(previousVersion(), catalogArticleIds)).toBe(true)
    expect(
      hasImports(
        testRole('data-manager', 'Data Manager', { skills: [['SQL', []]] }),
        catalogArticleIds,
      ),
    ).toBe(false)
  })
})
