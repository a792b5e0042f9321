import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countProgress } from '@shared/domain/progress/counts'
import type { ProgressKey, ProgressState } from '@shared/domain/progress/types'
import { keyArb, state, stateArb } from './progress-fixtures'

const items = (...keys: ProgressKey[]): { key: ProgressKey }[] => keys.map((key) => ({ key }))

describe('countProgress', () => {
  it('counts each status and gives done over the items not skipped', () => {
    const states = new Map<ProgressKey, ProgressState>([
      ['skill:python', state({ status: 'done' })],
      ['skill:sql', state({ status: 'learning' })],
      ['tip:network', state({ status: 'skipped' })],
    ])
    expect(
      countProgress(items('skill:python', 'skill:sql', 'tip:network', 'custom:a1'), states),
    ).toEqual({ total: 4, done: 1, learning: 1, skipped: 1, todo: 1, percent: 33 })
  })

  it('counts untouched keys as to do', () => {
    expect(countProgress(items('custom:a1', 'custom:a2'), new Map())).toEqual({
      total: 2,
      done: 0,
      learning: 0,
      skipped: 0,
      todo: 2,
      percent: 0,
    })
  })

  it('gives 0 percent with nothing to count, and rounds to a whole number', () => {
    const skipped = new Map([['tip:network', state({ status: 'skipped' })]] as const)
    expect(countProgress(items('tip:network'), skipped).percent).toBe(0)
    expect(countProgress([], new Map()).percent).toBe(0)
    const twoOfThree = new Map<ProgressKey, ProgressState>([
      ['skill:python', state({ status: 'done' })],
      ['skill:sql', state({ status: 'done' })],
    ])
    expect(countProgress(items('skill:python', 'skill:sql', 'custom:a1'), twoOfThree).percent).toBe(
      67,
    )
  })
})

describe('countProgress properties', () => {
  it('splits the total into the four statuses and keeps percent within 0–100', () => {
    fc.assert(
      fc.property(
        fc.array(keyArb.map((key) => ({ key }))),
        fc.array(fc.tuple(keyArb, stateArb)),
        (list, entries) => {
          const counts = countProgress(list, new Map(entries))
          expect(counts.done + counts.learning + counts.todo + counts.skipped).toBe(counts.total)
          expect(counts.total).toBe(list.length)
          expect(Number.isInteger(counts.percent)).toBe(true)
          expect(counts.percent).toBeGreaterThanOrEqual(0)
          expect(counts.percent).toBeLessThanOrEqual(100)
        },
      ),
    )
  })
})
