import { describe, expect, it } from 'vitest'
import { percentile, summarize } from '@shared/domain/salary/percentile'

describe('percentile (linear between closest ranks, R type 7)', () => {
  it('interpolates between the two closest ranks', () => {
    // h = (4 − 1) · p / 100 on [10, 20, 30, 40]
    expect(percentile([10, 20, 30, 40], 25)).toBe(17.5) // h = 0.75
    expect(percentile([10, 20, 30, 40], 50)).toBe(25) // h = 1.5
    expect(percentile([10, 20, 30, 40], 75)).toBe(32.5) // h = 2.25
  })

  it('lands on a value when the rank is whole', () => {
    expect(percentile([1, 2, 3, 4, 5], 25)).toBe(2)
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3)
    expect(percentile([1, 2, 3, 4, 5], 75)).toBe(4)
  })

  it('gives the ends at 0 and 100, and the one value of a single-value list', () => {
    expect(percentile([3, 8, 9], 0)).toBe(3)
    expect(percentile([3, 8, 9], 100)).toBe(9)
    expect(percentile([42], 50)).toBe(42)
  })

  it('matches NumPy on uneven gaps', () => {
    // numpy.percentile([1, 2, 4, 8, 16, 32], [10, 90]) → [1.5, 24.0]
    expect(percentile([1, 2, 4, 8, 16, 32], 10)).toBeCloseTo(1.5, 10)
    expect(percentile([1, 2, 4, 8, 16, 32], 90)).toBeCloseTo(24, 10)
  })

  it('refuses no values and a p outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow(RangeError)
    expect(() => percentile([1], -1)).toThrow(RangeError)
    expect(() => percentile([1], 101)).toThrow(RangeError)
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError)
  })
})

describe('summarize', () => {
  const values = (count: number): number[] =>
    Array.from({ length: count }, (_, i) => (count - i) * 1000)

  it('shows only the count below 3 rows', () => {
    expect(summarize([])).toEqual({ count: 0, figures: null, reliability: 'hidden' })
    expect(summarize(values(2))).toEqual({ count: 2, figures: null, reliability: 'hidden' })
  })

  it('marks 3 to 9 rows as too few to rely on', () => {
    // 1000, 2000, 3000: h = 0.5, 1, 1.5
    expect(summarize(values(3))).toEqual({
      count: 3,
      figures: { p25: 1500, median: 2000, p75: 2500 },
      reliability: 'few',
    })
    expect(summarize(values(9)).reliability).toBe('few')
  })

  it('relies on 10 rows and more', () => {
    // 1000 … 10000: h = 2.25, 4.5, 6.75
    expect(summarize(values(10))).toEqual({
      count: 10,
      figures: { p25: 3250, median: 5500, p75: 7750 },
      reliability: 'ok',
    })
  })

  it('sorts a copy and leaves the input as it was', () => {
    const input = [30, 10, 20]
    expect(summarize(input).figures).toEqual({ p25: 15, median: 20, p75: 25 })
    expect(input).toEqual([30, 10, 20])
  })
})
