import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairOverlap } from '@shared/domain/compare/similarity'
import { transitionBetween } from '@shared/domain/compare/transition'
import { entityGroups, groupOf } from '@shared/domain/compare/types'
import { testRole } from '../fixtures'
import { entityMap, knownIds, roleArb } from './compare-fixtures'

const analyst = testRole('analyst', 'Data Analyst', {
  skills: [['SQL and R', ['sql', 'r']]],
  tools: [['Tableau', ['tableau']]],
})
const engineer = testRole('engineer', 'ML Engineer', {
  skills: [['SQL, statistics and communication', ['sql', 'statistics', 'communication']]],
  tools: [['scikit-learn on Google Cloud', ['scikit-learn', 'google-cloud', 'unknown']]],
  industries: [['Finance', ['finance']]],
  tips: [['Build a portfolio', []]],
})

describe('transitionBetween', () => {
  it('lists what the target needs that the current role lacks, and what carries over', () => {
    expect(transitionBetween(analyst, engineer, entityMap)).toEqual({
      from: { id: 'analyst', name: 'Data Analyst' },
      to: { id: 'engineer', name: 'ML Engineer' },
      needed: {
        skills: [
          { id: 'communication', name: 'Communication', kind: 'soft-skill' },
          { id: 'statistics', name: 'Statistics', kind: 'discipline' },
        ],
        tools: [
          { id: 'google-cloud', name: 'Google Cloud', kind: 'platform' },
          { id: 'scikit-learn', name: 'scikit-learn', kind: 'framework' },
        ],
        industries: [{ id: 'finance', name: 'Finance', kind: 'industry' }],
      },
      carriedOver: {
        skills: [{ id: 'sql', name: 'SQL', kind: 'language' }],
        tools: [],
        industries: [],
      },
      tips: engineer.sections.tips,
      score: pairOverlap(analyst, engineer, entityMap).score,
    })
  })
})

describe('transitionBetween properties', () => {
  it('splits the target entities into needed and carried over, by group and name', () => {
    fc.assert(
      fc.property(roleArb('from'), roleArb('to'), (from, to) => {
        const transition = transitionBetween(from, to, entityMap)
        const have = knownIds(from)
        const needed = entityGroups.flatMap((group) => transition.needed[group])
        const carried = entityGroups.flatMap((group) => transition.carriedOver[group])
        const ids = [...needed, ...carried].map((entity) => entity.id)
        expect(new Set(ids)).toEqual(knownIds(to))
        expect(ids).toHaveLength(knownIds(to).size)
        expect(needed.every((entity) => !have.has(entity.id))).toBe(true)
        expect(carried.every((entity) => have.has(entity.id))).toBe(true)
        for (const group of entityGroups) {
          for (const list of [transition.needed[group], transition.carriedOver[group]]) {
            expect(list.every((entity) => groupOf(entity.kind) === group)).toBe(true)
            const names = list.map((entity) => entity.name)
            expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
          }
        }
        expect(transition.score).toBe(pairOverlap(from, to, entityMap).score)
      }),
    )
  })
})
