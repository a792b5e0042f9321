import { describe, expect, it } from 'vitest'
import { roleReadiness } from '@shared/domain/progress/readiness'
import type { ProgressKey, ProgressState } from '@shared/domain/progress/types'
import { entityMap } from '../compare/compare-fixtures'
import { testRole } from '../fixtures'
import { state } from './progress-fixtures'

const analyst = testRole('analyst', 'Data Analyst', {
  skills: [['SQL and statistics', ['sql', 'statistics']]],
  tools: [['Tableau', ['tableau']]],
  education: [['Communication', ['communication']]],
  industries: [['Finance', ['finance']]],
  tips: [
    ['Build a portfolio', []],
    ['Network', []],
  ],
})

describe('roleReadiness', () => {
  it('counts done tips and done skills and tools, over both together', () => {
    const states = new Map<ProgressKey, ProgressState>([
      ['tip:tips-0', state({ status: 'done' })],
      ['tip:tips-1', state({ status: 'learning' })],
      ['skill:sql', state({ status: 'done', level: 4 })],
      ['skill:tableau', state({ status: 'skipped' })],
      ['skill:communication', state({ status: 'done' })],
      ['skill:finance', state({ status: 'done' })],
    ])
    expect(roleReadiness(analyst, entityMap, states)).toEqual({
      roleId: 'analyst',
      roleName: 'Data Analyst',
      tips: { done: 1, total: 2 },
      skills: { done: 1, total: 3 },
      percent: 40,
    })
  })

  it('is 0 for a role with nothing done, or nothing to do', () => {
    expect(roleReadiness(analyst, entityMap, new Map()).percent).toBe(0)
    expect(roleReadiness(testRole('empty', 'Empty', {}), entityMap, new Map())).toEqual({
      roleId: 'empty',
      roleName: 'Empty',
      tips: { done: 0, total: 0 },
      skills: { done: 0, total: 0 },
      percent: 0,
    })
  })

  it('reads one shared record: a skill done once counts for every role that needs it', () => {
    const other = testRole('other', 'Other', { skills: [['SQL', ['sql']]] })
    const states = new Map([['skill:sql', state({ status: 'done' })]] as const)
    expect(roleReadiness(other, entityMap, states).percent).toBe(100)
    expect(roleReadiness(analyst, entityMap, states).skills).toEqual({ done: 1, total: 3 })
  })
})
