import { RELIABLE_MIN, SHOWN_MIN, type SalarySummary } from './types'

/**
 * The `p`-th percentile (0–100) of values sorted ascending, by linear interpolation between
 * the closest ranks: with h = (n − 1)·p/100 and k = ⌊h⌋, it is x[k] + (h − k)·(x[k+1] − x[k]).
 * This is Hyndman and Fan's type 7, the default of R's `quantile()` and NumPy's
 * `percentile()`; the median of [1, 2, 3, 4] is 2.5. Throws a RangeError for no values or a
 * `p` outside 0–100.
 */
export function percentile(sortedValues: ArrayLike<number>, p: number): number {
  const n = sortedValues.length
  if (n === 0) throw new RangeError('The percentile of no values is undefined.')
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile ${p} is outside 0–100.`)
  const h = ((n - 1) * p) / 100
  const lower = Math.floor(h)
  const low = sortedValues[lower] as number
  if (lower === n - 1) return low
  const high = sortedValues[lower + 1] as number
  return low + (h - lower) * (high - low)
}

/**
 * Count, quartiles and median of a group of salaries, in any order. Figures are left out
 * below {@link SHOWN_MIN} values and marked 'few' below {@link RELIABLE_MIN}.
 */
export function summarize(values: ArrayLike<number>): SalarySummary {
  const count = values.length
  if (count < SHOWN_MIN) return { count, figures: null, reliability: 'hidden' }
  const sorted = Float64Array.from(values).sort()
  return {
    count,
    figures: {
      p25: percentile(sorted, 25),
      median: percentile(sorted, 50),
      p75: percentile(sorted, 75),
    },
    reliability: count < RELIABLE_MIN ? 'few' : 'ok',
  }
}
