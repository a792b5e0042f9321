import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FIT_FORMULA,
  fitHistory,
  fitScore,
  roleFit,
  roleNeeds,
  skillCatalog,
} from '@shared/domain/fit'
import type { ProgressKey, ProgressState } from '@shared/domain/progress/types'
import { testEntities, testRole } from '../fixtures'
import { event, state } from '../progress/progress-fixtures'

const entities = new Map(testEntities.map((entity) => [entity.id, entity]))
const ids = testEntities.map((entity) => entity.id)

/** States holding the given level per entity id. */
function levels(byId: Record<string, number | null>): Map<ProgressKey, ProgressState> {
  return new Map(
    Object.entries(byId).map(([id, level]) => [`skill:${id}` as ProgressKey, state({ level })]),
  )
}

const analyst = testRole('analyst', 'Analyst', {
  skills: [
    ['SQL and R', ['sql', 'r']],
    ['Pipelines in Finance', ['data-pipeline', 'finance', 'sql']],
  ],
  tools: [
    ['Tableau or Power BI', ['tableau', 'power-bi']],
    ['A stray language', ['cpp', 'unknown-thing']],
  ],
  responsibilities: [['Uses Google Cloud', ['google-cloud']]],
})

describe('roleNeeds', () => {
  it('lists skills then tools by kind, each once, without industries or unknown ids', () => {
    const needs = roleNeeds(analyst, entities, levels({ sql: 3, tableau: 1 }))
    expect(needs.map((need) => [need.entityId, need.as, need.level])).toEqual([
      ['sql', 'skill', 3],
      ['r', 'skill', 0],
      ['data-pipeline', 'skill', 0],
      ['cpp', 'skill', 0],
      ['tableau', 'tool', 1],
      ['power-bi', 'tool', 0],
    ])
    expect(needs[0]).toEqual({
      entityId: 'sql',
      name: 'SQL',
      kind: 'language',
      as: 'skill',
      key: 'skill:sql',
      level: 3,
      rated: true,
      // Skills weigh 2 and tools 1: 10 in all; one level short of 4 on a skill is 2 × ¼ of 10.
      gain: 5,
    })
    expect(needs.find((need) => need.entityId === 'r')).toMatchObject({ level: 0, rated: false })
  })
})

describe('fitScore', () => {
  it('weights skills twice as much as tools and counts levels as level ÷ 4', () => {
    // (2 × 4/4 + 1 × 0) / 3 = 67 %; (2 × 0 + 1 × 4/4) / 3 = 33 %; (2 × 2/4 + 1 × 2/4) / 3 = 50 %
    expect(
      fitScore([
        { as: 'skill', level: 4 },
        { as: 'tool', level: 0 },
      ]),
    ).toBe(67)
    expect(
      fitScore([
        { as: 'skill', level: 0 },
        { as: 'tool', level: 4 },
      ]),
    ).toBe(33)
    expect(
      fitScore([
        { as: 'skill', level: 2 },
        { as: 'tool', level: 2 },
      ]),
    ).toBe(50)
    expect(fitScore([])).toBe(0)
  })

  it('has a one-sentence formula for the page', () => {
    expect(FIT_FORMULA).toMatch(/^[^.]+\.$/)
  })
})

describe('roleFit', () => {
  it('lists soft skills after concrete ones among gaps of the same level', () => {
    const withSoftSkill = new Map([
      ...entities,
      [
        'communication',
        { id: 'communication', name: 'Communication', kind: 'soft-skill' as const, aliases: [] },
      ],
    ])
    const role = testRole('x', 'X', {
      skills: [['Communication and SQL', ['communication', 'sql']]],
    })
    const fit = roleFit(role, withSoftSkill, levels({}))
    expect(fit.gaps.map((need) => need.entityId)).toEqual(['sql', 'communication'])
  })

  it('ranks gaps by how much each would raise the fit, and says by how much', () => {
    // analyst: skills sql, r, data-pipeline, cpp (×2); tools tableau, power-bi (×1); weight 10.
    const fit = roleFit(
      analyst,
      entities,
      levels({ sql: 4, r: 2, 'data-pipeline': 1, cpp: 4, tableau: 0, 'power-bi': 2 }),
    )
    expect(fit.gaps.map((need) => [need.name, need.gain])).toEqual([
      // A skill at 1 has 3 of 4 levels to go, worth 2 × ¾ of 10 points: 15.
      ['data pipeline', 15],
      // A skill at 2 (2 × ½) gains as much as a tool at 0 (1 × 1): R before Tableau by name.
      ['R', 10],
      ['Tableau', 10],
      ['Power BI', 5],
    ])
  })

  it('splits needs into strengths (strongest first) and gaps (skills first, lowest first)', () => {
    const fit = roleFit(
      analyst,
      entities,
      levels({ sql: 3, r: 4, cpp: 3, tableau: 2, 'power-bi': 4 }),
    )
    expect(fit.roleId).toBe('analyst')
    expect(fit.roleName).toBe('Analyst')
    expect(fit.strengths.map((need) => need.name)).toEqual(['Power BI', 'R', 'C++', 'SQL'])
    expect(fit.gaps.map((need) => need.name)).toEqual(['data pipeline', 'Tableau'])
    // skills: sql 3, r 4, data-pipeline 0, cpp 3 → 2 × 10/4; tools: 2 + 4 → 6/4; total weight 10
    expect(fit.score).toBe(Math.round((100 * (2 * 10 + 6)) / 4 / 10))
  })

  it('is 100 with every need at 4 and 0 with nothing rated', () => {
    const all = Object.fromEntries(ids.map((id) => [id, 4]))
    expect(roleFit(analyst, entities, levels(all)).score).toBe(100)
    expect(roleFit(analyst, entities, new Map()).score).toBe(0)
    expect(roleFit(testRole('empty', 'Empty', {}), entities, levels(all)).score).toBe(0)
  })
})

const roleArb = fc
  .record({
    skills: fc.array(fc.array(fc.constantFrom(...ids), { maxLength: 4 }), { maxLength: 4 }),
    tools: fc.array(fc.array(fc.constantFrom(...ids), { maxLength: 4 }), { maxLength: 4 }),
  })
  .map(({ skills, tools }) =>
    testRole('generated', 'Generated', {
      skills: skills.map((linked): [string, string[]] => ['A skill', linked]),
      tools: tools.map((linked): [string, string[]] => ['A tool', linked]),
    }),
  )
const levelsArb = fc.dictionary(
  fc.constantFrom(...ids),
  fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
)

describe('fit properties', () => {
  it('raising any one level never lowers the fit, which stays a whole number in 0–100', () => {
    fc.assert(
      fc.property(roleArb, levelsArb, fc.constantFrom(...ids), (role, byId, raised) => {
        const before = roleFit(role, entities, levels(byId)).score
        const current = byId[raised] ?? 0
        const after = roleFit(
          role,
          entities,
          levels({ ...byId, [raised]: Math.min(4, current + 1) }),
        )
        expect(after.score).toBeGreaterThanOrEqual(before)
        expect(Number.isInteger(before) && before >= 0 && before <= 100).toBe(true)
      }),
    )
  })

  it('is deterministic, and needs at 4 always give 100 and nothing rated 0', () => {
    fc.assert(
      fc.property(roleArb, levelsArb, (role, byId) => {
        expect(roleFit(role, entities, levels(byId))).toEqual(roleFit(role, entities, levels(byId)))
        const needs = roleNeeds(role, entities, new Map())
        const top = Object.fromEntries(needs.map((need) => [need.entityId, 4]))
        expect(roleFit(role, entities, levels(top)).score).toBe(needs.length === 0 ? 0 : 100)
        expect(roleFit(role, entities, new Map()).score).toBe(0)
      }),
    )
  })

  it('puts every need in strengths or gaps, once', () => {
    fc.assert(
      fc.property(roleArb, levelsArb, (role, byId) => {
        const fit = roleFit(role, entities, levels(byId))
        const split = [...fit.strengths, ...fit.gaps].map((need) => need.entityId).sort()
        expect(split).toEqual(
          roleNeeds(role, entities, new Map())
            .map((n) => n.entityId)
            .sort(),
        )
      }),
    )
  })
})

describe('fitHistory', () => {
  it('scores the end of each month since the first rating and now, from the log', () => {
    const role = testRole('sql-only', 'SQL only', { skills: [['SQL', ['sql']]] })
    const now = new Date(2026, 10, 23, 12, 0)
    const log = [
      event('e1', 'skill:sql', {}, { level: 2 }, { at: new Date(2026, 2, 10).toISOString() }),
      event(
        'e2',
        'skill:sql',
        { level: 2 },
        { level: 4 },
        { at: new Date(2026, 10, 1).toISOString() },
      ),
      event(
        'e3',
        'skill:sql',
        { level: 4 },
        { level: 3 },
        { at: new Date(2026, 11, 1).toISOString() },
      ),
    ]
    const history = fitHistory(role, entities, log, now)
    // The months before the first rating (10 March) are not drawn as zeros: they are left out.
    expect(history).toHaveLength(9)
    expect(history[0]).toEqual({ date: '2026-03-31', score: 50 })
    expect(history[7]).toEqual({ date: '2026-10-31', score: 50 })
    expect(history[8]).toEqual({ date: '2026-11-23', score: 100 })
  })

  it('has no history at all before anything is rated', () => {
    const role = testRole('sql-only', 'SQL only', { skills: [['SQL', ['sql']]] })
    expect(fitHistory(role, entities, [], new Date(2026, 10, 23))).toEqual([])
  })
})

describe('skillCatalog', () => {
  it('lists every skill and tool some role needs, by name, with role counts and levels', () => {
    const other = testRole('dev', 'Developer', {
      skills: [['C and SQL', ['c', 'sql']]],
      tools: [['scikit-learn', ['scikit-learn', 'gaming']]],
    })
    const catalog = skillCatalog([analyst, other], entities, levels({ sql: 2, c: null }))
    expect(catalog.map((entry) => [entry.name, entry.roleCount, entry.level])).toEqual([
      ['C', 1, null],
      ['C++', 1, null],
      ['data pipeline', 1, null],
      ['Power BI', 1, null],
      ['R', 1, null],
      ['scikit-learn', 1, null],
      ['SQL', 2, 2],
      ['Tableau', 1, null],
    ])
    expect(catalog.find((entry) => entry.entityId === 'power-bi')).toEqual({
      entityId: 'power-bi',
      name: 'Power BI',
      kind: 'tool',
      aliases: ['PowerBI'],
      key: 'skill:power-bi',
      roleCount: 1,
      level: null,
    })
  })
})
