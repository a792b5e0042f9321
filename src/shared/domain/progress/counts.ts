import { stateOf } from './replay'
import type { ProgressCounts, ProgressKey, ProgressState } from './types'

/**
 * How far a list of items is, by the status of each item's key: percent is done over the items
 * not skipped, rounded to a whole number, and 0 when every item is skipped (or there are none).
 */
export function countProgress(
  items: readonly { key: ProgressKey }[],
  states: ReadonlyMap<ProgressKey, ProgressState>,
): ProgressCounts {
  const counts = { total: items.length, done: 0, learning: 0, skipped: 0, todo: 0 }
  for (const item of items) counts[stateOf(states, item.key).status] += 1
  const counted = counts.total - counts.skipped
  return { ...counts, percent: counted === 0 ? 0 : Math.round((100 * counts.done) / counted) }
}
