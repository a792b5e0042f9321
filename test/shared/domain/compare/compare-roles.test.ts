import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareRoles } from '@shared/domain/compare/compare-roles'
import { pairOverlap } from '@shared/domain/compare/similarity'
import type { ArticleRef, Role } from '@shared/domain/role'
import { sectionKeys } from '@shared/domain/sections'
import { testRole } from '../fixtures'
import { articleMap, entityMap, knownIds, rolesArb, unknownEntityId } from './compare-fixtures'

const analyst = testRole('analyst', 'Data Analyst', {
  skills: [['SQL and R', ['sql', 'r']]],
  tools: [['Tableau', ['tableau']]],
  industries: [['Finance', ['finance']]],
  tips: [['Build a portfolio', []]],
})
const engineer = testRole('engineer', 'ML Engineer', {
  skills: [['SQL', ['sql']]],
  tools: [
    ['Power BI', ['power-bi']],
    ['A tool the taxonomy lacks', [unknownEntityId]],
  ],
  industries: [['Finance', ['finance']]],
  tips: [
    ['Build a portfolio', []],
    ['Network', []],
  ],
})
const manager: Role = {
  ...testRole('manager', 'Data Manager', {
    skills: [['SQL', ['sql']]],
    tools: [['Tableau', ['tableau']]],
    tips: [['Build a portfolio', []]],
  }),
  outlook: {
    statements: [
      {
        id: 'demand',
        text: 'Gaming studios hire data managers.',
        entityIds: ['gaming'],
        provenance: { origin: 'import', articleIds: ['a2'] },
      },
    ],
    figures: [
      {
        id: 'growth',
        kind: 'growth',
        label: 'Projected growth',
        value: 12,
        unit: 'percent',
        period: '2024–2034',
        source: 'Synthetic Bureau',
        provenance: { origin: 'import', articleIds: ['a3', 'missing-article'] },
      },
    ],
  },
}
const articles = new Map<string, ArticleRef>([
  ...articleMap,
  ['a2', { id: 'a2', title: 'Second article' }],
  ['a3', { id: 'a3', title: 'Third article' }],
  ['a4', { id: 'a4', title: 'Nobody cites this' }],
])
const comparison = compareRoles([analyst, engineer, manager], entityMap, articles)

describe('compareRoles', () => {
  it('makes one column per role, in the given order, with what the view shows of the role', () => {
    expect(comparison.columns.map((column) => column.role)).toEqual([
      {
        id: 'analyst',
        name: 'Data Analyst',
        aliases: [],
        summary: 'Data Analyst in one sentence.',
        origin: 'builtin',
      },
      {
        id: 'engineer',
        name: 'ML Engineer',
        aliases: [],
        summary: 'ML Engineer in one sentence.',
        origin: 'builtin',
      },
      {
        id: 'manager',
        name: 'Data Manager',
        aliases: [],
        summary: 'Data Manager in one sentence.',
        origin: 'builtin',
      },
    ])
    expect(comparison.columns[2]?.outlook).toEqual(manager.outlook)
  })

  it('marks every linked entity as shared by all, some or only one role', () => {
    expect(comparison.entities).toEqual({
      r: {
        id: 'r',
        name: 'R',
        kind: 'language',
        group: 'skills',
        share: 'only',
        roleIds: ['analyst'],
      },
      sql: {
        id: 'sql',
        name: 'SQL',
        kind: 'language',
        group: 'skills',
        share: 'all',
        roleIds: ['analyst', 'engineer', 'manager'],
      },
      'power-bi': {
        id: 'power-bi',
        name: 'Power BI',
        kind: 'tool',
        group: 'tools',
        share: 'only',
        roleIds: ['engineer'],
      },
      tableau: {
        id: 'tableau',
        name: 'Tableau',
        kind: 'tool',
        group: 'tools',
        share: 'some',
        roleIds: ['analyst', 'manager'],
      },
      finance: {
        id: 'finance',
        name: 'Finance',
        kind: 'industry',
        group: 'industries',
        share: 'some',
        roleIds: ['analyst', 'engineer'],
      },
    })
    // Grouped, then alphabetical; outlook statements ("gaming") and unknown ids add nothing.
    expect(Object.keys(comparison.entities)).toEqual(['r', 'sql', 'power-bi', 'tableau', 'finance'])
  })

  it('marks items shared by all through their entities, or through their id when they link none', () => {
    const [first, second] = comparison.columns
    const marks = (items: { id: string; sharedByAll: boolean }[] | undefined) =>
      items?.map((item) => [item.id, item.sharedByAll])
    expect(marks(first?.sections.skills)).toEqual([['skills-0', false]])
    expect(marks(second?.sections.skills)).toEqual([['skills-0', true]])
    expect(marks(second?.sections.tools)).toEqual([
      ['tools-0', false],
      ['tools-1', false],
    ])
    expect(marks(second?.sections.tips)).toEqual([
      ['tips-0', true],
      ['tips-1', false],
    ])
    expect(second?.sections.tips[0]).toEqual({ ...engineer.sections.tips[0], sharedByAll: true })
  })

  it('matches item ids within a section only', () => {
    const tip = testRole('tip', 'Tip', { tips: [['Take a course', []]] })
    const skill = testRole('skill', 'Skill', { skills: [['Take a course', []]] })
    const [tipColumn] = compareRoles([tip, skill], entityMap, articleMap).columns
    expect(tipColumn?.sections.tips[0]?.sharedByAll).toBe(false)
  })

  it('scores every pair of columns, in column order', () => {
    expect(comparison.pairs).toEqual([
      pairOverlap(analyst, engineer, entityMap),
      pairOverlap(analyst, manager, entityMap),
      pairOverlap(engineer, manager, entityMap),
    ])
  })

  it('collects the articles items, statements and figures cite, skipping unknown ones', () => {
    expect(comparison.articles).toEqual({
      a1: articleMap.get('a1'),
      a2: { id: 'a2', title: 'Second article' },
      a3: { id: 'a3', title: 'Third article' },
    })
  })

  it('refuses fewer than two roles', () => {
    expect(() => compareRoles([analyst], entityMap, articles)).toThrow(/at least two roles/)
    expect(() => compareRoles([], entityMap, articles)).toThrow(Error)
  })
})

describe('compareRoles properties', () => {
  it('marks each entity by how many roles link it, listing them in column order', () => {
    fc.assert(
      fc.property(rolesArb, (roles) => {
        const result = compareRoles(roles, entityMap, articleMap)
        const linked = roles.map(knownIds)
        const all = new Set(linked.flatMap((ids) => [...ids]))
        expect(new Set(Object.keys(result.entities))).toEqual(all)
        for (const entity of Object.values(result.entities)) {
          const holders = roles.filter((_, i) => linked[i]?.has(entity.id)).map((r) => r.id)
          expect(entity.roleIds).toEqual(holders)
          const expected =
            holders.length === roles.length ? 'all' : holders.length === 1 ? 'only' : 'some'
          expect(entity.share).toBe(expected)
        }
      }),
    )
  })

  it('keeps every item, and one pair per two columns', () => {
    fc.assert(
      fc.property(rolesArb, (roles) => {
        const result = compareRoles(roles, entityMap, articleMap)
        expect(result.columns.map((column) => column.role.id)).toEqual(roles.map((r) => r.id))
        result.columns.forEach((column, i) => {
          for (const key of sectionKeys) {
            const items = column.sections[key].map(({ sharedByAll: _, ...item }) => item)
            expect(items).toEqual(roles[i]?.sections[key])
          }
        })
        const n = roles.length
        expect(result.pairs).toHaveLength((n * (n - 1)) / 2)
        expect(result.pairs[0]).toMatchObject({ firstId: roles[0]?.id, secondId: roles[1]?.id })
      }),
    )
  })

  it('marks an item that links known entities shared by all exactly when all of them are', () => {
    fc.assert(
      fc.property(rolesArb, (roles) => {
        const result = compareRoles(roles, entityMap, articleMap)
        const linked = roles.map(knownIds)
        const allLink = (id: string) => linked.every((ids) => ids.has(id))
        for (const column of result.columns) {
          for (const item of sectionKeys.flatMap((key) => column.sections[key])) {
            const known = item.entityIds.filter((id) => entityMap.has(id))
            if (known.length > 0) expect(item.sharedByAll).toBe(known.every(allLink))
          }
        }
      }),
    )
  })
})
