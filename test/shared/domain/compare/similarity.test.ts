import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Entity } from '@shared/domain/entity'
import {
  pairOverlap,
  SIMILARITY_FORMULA,
  SIMILARITY_WEIGHTS,
} from '@shared/domain/compare/similarity'
import { entityGroups } from '@shared/domain/compare/types'
import { testRole } from '../fixtures'
import { compareEntities, entityMap, knownIds, roleArb, roleLinking } from './compare-fixtures'

const analyst = roleLinking('analyst', 'Data Analyst', ['sql', 'r', 'tableau', 'finance'])
const engineer = roleLinking('engineer', 'ML Engineer', ['sql', 'tableau', 'power-bi', 'gaming'])

describe('pairOverlap', () => {
  it('scores the weighted share of shared skills, tools and industries', () => {
    // Skills 1 of 2 shared × 0.45 + tools 1 of 2 × 0.35 + industries 0 of 2 × 0.2 = 0.4.
    const overlap = pairOverlap(analyst, engineer, entityMap)
    expect(overlap).toEqual({
      firstId: 'analyst',
      secondId: 'engineer',
      score: 40,
      counts: {
        skills: { shared: 1, onlyFirst: 1, onlySecond: 0 },
        tools: { shared: 1, onlyFirst: 0, onlySecond: 1 },
        industries: { shared: 0, onlyFirst: 1, onlySecond: 1 },
      },
      shared: ['sql', 'tableau'],
      onlyFirst: ['r', 'finance'],
      onlySecond: ['power-bi', 'gaming'],
      explanation:
        'Most of the overlap is in skills: SQL; Data Analyst alone needs R and Finance; ' +
        'ML Engineer alone needs Power BI and Gaming.',
    })
  })

  it('names at most three entities per part of the explanation', () => {
    const many = roleLinking('many', 'Many', [
      'sql',
      'r',
      'c',
      'cpp',
      'nosql',
      'tableau',
      'airflow',
    ])
    const few = roleLinking('few', 'Few', ['tableau', 'airflow', 'power-bi'])
    expect(pairOverlap(many, few, entityMap).explanation).toBe(
      'Most of the overlap is in tools: Airflow and Tableau; ' +
        'Many alone needs C, C++, R and 2 more; Few alone needs Power BI.',
    )
  })

  it('names concrete skills before soft skills, so the explanation says something useful', () => {
    const first = roleLinking('a', 'A', ['communication', 'sql'])
    const second = roleLinking('b', 'B', ['communication', 'sql'])
    expect(pairOverlap(first, second, entityMap).shared).toEqual(['sql', 'communication'])
  })

  it('leaves out the side that needs nothing of its own', () => {
    const subset = roleLinking('subset', 'Subset', ['sql'])
    expect(pairOverlap(subset, analyst, entityMap).explanation).toBe(
      'Most of the overlap is in skills: SQL; Data Analyst alone needs R, Tableau and Finance.',
    )
  })

  it('gives 100 with its own sentence for roles that link the same entities', () => {
    const copy = roleLinking('copy', 'Copy', ['finance', 'tableau', 'r', 'sql'])
    const overlap = pairOverlap(analyst, copy, entityMap)
    expect(overlap.score).toBe(100)
    expect(overlap.explanation).toBe(
      'Both roles need the same skills, tools and industries: R, SQL, Tableau and 1 more.',
    )
  })

  it('gives 100 for two roles that link nothing', () => {
    const overlap = pairOverlap(testRole('a', 'A', {}), testRole('b', 'B', {}), entityMap)
    expect(overlap.score).toBe(100)
    expect(overlap.explanation).toBe(
      'Neither role names any skills, tools or industries yet, so nothing sets them apart.',
    )
  })

  it('gives 0 with its own sentence for roles with nothing in common', () => {
    const other = roleLinking('other', 'Other', ['nosql', 'gaming'])
    const overlap = pairOverlap(analyst, other, entityMap)
    expect(overlap.score).toBe(0)
    expect(overlap.explanation).toBe(
      'Nothing in common: Data Analyst alone needs R, SQL, Tableau and 1 more; ' +
        'Other alone needs NoSQL and Gaming.',
    )
    const empty = pairOverlap(analyst, testRole('empty', 'Empty', {}), entityMap)
    expect(empty.score).toBe(0)
    expect(empty.explanation).toMatch(/; Empty names no skills, tools or industries\.$/)
  })

  it('keeps 0 and 100 for "nothing shared" and "the same", even where rounding would reach them', () => {
    const skills: Entity[] = Array.from({ length: 300 }, (_, i) => ({
      id: `skill-${i}`,
      name: `Skill ${i}`,
      kind: 'concept',
      aliases: [],
    }))
    const entities = new Map([...compareEntities, ...skills].map((e) => [e.id, e]))
    const skillItems = skills.map((skill): [string, string[]] => [skill.name, [skill.id]])
    const broad = testRole('broad', 'Broad', { skills: skillItems })
    // 1 of 300 skills shared would round to 0; 299 of 300 would round to 100.
    const one = testRole('one', 'One', { skills: skillItems.slice(0, 1) })
    expect(pairOverlap(broad, one, entities).score).toBe(1)
    const most = testRole('most', 'Most', { skills: skillItems.slice(1) })
    expect(pairOverlap(broad, most, entities).score).toBe(99)
  })

  it('keeps each group at its weight however long its list is', () => {
    const tools: Entity[] = Array.from({ length: 40 }, (_, i) => ({
      id: `tool-${i}`,
      name: `Tool ${i}`,
      kind: 'tool',
      aliases: [],
    }))
    const entities = new Map([...compareEntities, ...tools].map((e) => [e.id, e]))
    const sql: [string, string[]] = ['SQL', ['sql']]
    const manyTools = tools.map((tool): [string, string[]] => [tool.name, [tool.id]])
    // Same skills, no tool in common: the 40 tools cost the tools' 35%, not nearly everything.
    const onet = testRole('onet', 'O*NET role', { skills: [sql], tools: manyTools })
    const seed = testRole('seed', 'Seed role', { skills: [sql], tools: [['Tableau', ['tableau']]] })
    expect(pairOverlap(onet, seed, entities).score).toBe(56)
  })

  it('skips entity ids the taxonomy does not know', () => {
    const ghost = testRole('ghost', 'Ghost', { skills: [['SQL and more', ['sql', 'unknown']]] })
    const overlap = pairOverlap(ghost, roleLinking('sql', 'SQL', ['sql']), entityMap)
    expect(overlap.score).toBe(100)
    expect(overlap.onlyFirst).toEqual([])
  })

  it('ignores general abilities, which every O*NET role lists', () => {
    const withAbility = roleLinking('ability', 'Ability', ['sql'])
    withAbility.sections.skills.push({
      id: 'skill-communication',
      text: 'Speaking (importance 3.9 of 5)',
      entityIds: ['communication'],
      provenance: { origin: 'catalog', articleIds: [] },
      generic: true,
    })
    const overlap = pairOverlap(withAbility, roleLinking('sql', 'SQL', ['sql']), entityMap)
    expect(overlap.score).toBe(100)
    expect(overlap.onlyFirst).toEqual([])
  })

  it('ignores the entities outlook statements link', () => {
    const withOutlook = roleLinking('outlook', 'Outlook', ['sql'])
    withOutlook.outlook.statements.push({
      id: 'demand',
      text: 'Gaming hires many.',
      entityIds: ['gaming'],
      provenance: { origin: 'user', articleIds: [] },
    })
    expect(pairOverlap(withOutlook, roleLinking('sql', 'SQL', ['sql']), entityMap).score).toBe(100)
  })

  it('describes the formula with the weights it uses', () => {
    expect(SIMILARITY_FORMULA).toBe(
      'The share of skills, of tools and of industries the two roles have in common, ' +
        'weighted 45 / 35 / 20, so a long tool list counts no more than a short one.',
    )
    expect(entityGroups.reduce((sum, group) => sum + SIMILARITY_WEIGHTS[group], 0)).toBeCloseTo(1)
  })
})

describe('pairOverlap properties', () => {
  it('is symmetric: same score and shared list, mirrored counts and "only" lists', () => {
    fc.assert(
      fc.property(roleArb('a'), roleArb('b'), (a, b) => {
        const ab = pairOverlap(a, b, entityMap)
        const ba = pairOverlap(b, a, entityMap)
        expect(ba.score).toBe(ab.score)
        expect(ba.shared).toEqual(ab.shared)
        expect(ba.onlyFirst).toEqual(ab.onlySecond)
        expect(ba.onlySecond).toEqual(ab.onlyFirst)
        for (const group of entityGroups) {
          expect(ba.counts[group]).toEqual({
            shared: ab.counts[group].shared,
            onlyFirst: ab.counts[group].onlySecond,
            onlySecond: ab.counts[group].onlyFirst,
          })
        }
      }),
    )
  })

  it('is deterministic, whatever order the taxonomy is in', () => {
    const reversed = new Map([...entityMap].reverse())
    fc.assert(
      fc.property(roleArb('a'), roleArb('b'), (a, b) => {
        const once = pairOverlap(a, b, entityMap)
        expect(pairOverlap(structuredClone(a), structuredClone(b), entityMap)).toEqual(once)
        expect(pairOverlap(a, b, reversed)).toEqual(once)
      }),
    )
  })

  it('scores a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(roleArb('a'), roleArb('b'), (a, b) => {
        const { score } = pairOverlap(a, b, entityMap)
        expect(Number.isInteger(score)).toBe(true)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(100)
      }),
    )
  })

  it('gives 100 exactly when both roles link the same entities', () => {
    fc.assert(
      fc.property(roleArb('a'), roleArb('b'), (a, b) => {
        const copy = roleLinking('copy', 'Copy', [...knownIds(a)].reverse())
        expect(pairOverlap(a, copy, entityMap).score).toBe(100)
        const same = [...knownIds(a)].sort().join() === [...knownIds(b)].sort().join()
        expect(pairOverlap(a, b, entityMap).score === 100).toBe(same)
      }),
    )
  })

  it('gives 0 exactly when nothing is shared', () => {
    const known = compareEntities.map((entity) => entity.id)
    const split = fc
      .shuffledSubarray(known, { minLength: 2 })
      .chain((ids) => fc.integer({ min: 1, max: ids.length - 1 }).map((cut) => ids.slice(0, cut)))
      .map((first) => [first, known.filter((id) => !first.includes(id))] as const)
    fc.assert(
      fc.property(split, ([first, second]) => {
        const a = roleLinking('a', 'A', first)
        const b = roleLinking('b', 'B', second)
        expect(pairOverlap(a, b, entityMap).score).toBe(0)
      }),
    )
    fc.assert(
      fc.property(roleArb('a'), roleArb('b'), (a, b) => {
        const overlap = pairOverlap(a, b, entityMap)
        const unique = overlap.onlyFirst.length + overlap.onlySecond.length
        expect(overlap.score === 0).toBe(overlap.shared.length === 0 && unique > 0)
      }),
    )
  })
})
