import { describe, expect, it } from 'vitest'
import { alternate, median, percentile } from '../../../scripts/bench/stats'

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5)
  })

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN()
  })
})

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i)

  it('gives the nearest-rank value: p95 of 1..100 is 95', () => {
    expect(percentile(hundred, 0.95)).toBe(95)
    expect(percentile(hundred, 0.5)).toBe(50)
  })

  it('gives the smallest and largest at the ends', () => {
    expect(percentile(hundred, 0)).toBe(1)
    expect(percentile(hundred, 1)).toBe(100)
  })

  it('takes the slowest of few samples as their p95', () => {
    expect(percentile([3, 8, 5], 0.95)).toBe(8)
  })

  it('is NaN for no values', () => {
    expect(percentile([], 0.95)).toBeNaN()
  })
})

describe('alternate', () => {
  it('runs subject and baseline the same number of times, switching which goes first', async () => {
    const order: string[] = []
    const paired = await alternate(
      3,
      async () => {
        order.push('subject')
        return order.length
      },
      async () => {
        order.push('baseline')
        return -order.length
      },
    )
    expect(order).toEqual(['baseline', 'subject', 'subject', 'baseline', 'baseline', 'subject'])
    expect(paired).toEqual({ subject: [2, 3, 6], baseline: [-1, -4, -5] })
  })
})
