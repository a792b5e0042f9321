import type { ProgressCounts, ProgressStatus } from './types'

/**
 * Counts items by status: percent is done over the items not skipped, rounded to a whole
 * number, and 0 when every item is skipped (or there are none). Free of zod, so the renderer
 * can recount a plan it already holds after one item changes.
 */
export function countStatuses(statuses: readonly ProgressStatus[]): ProgressCounts {
  const counts = { total: statuses.length, done: 0, learning: 0, skipped: 0, todo: 0 }
  for (const status of statuses) counts[status] += 1
  const counted = counts.total - counts.skipped
  return { ...counts, percent: counted === 0 ? 0 : Math.round((100 * counts.done) / counted) }
}
