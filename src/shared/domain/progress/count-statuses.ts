import type { ProgressCounts, ProgressStatus } from './types'

/**
 * Counts items by status: percent is done over the items not skipped, rounded to a whole
 * number, and 0 when every item is skipped (or there are none). Free of zod, so the renderer
 * can recount a plan it already holds after one item changes.
 */
export function countStatuses(statuses: readonly ProgressStatus[]): ProgressCounts {
  const counts = { total: statuses.length, done: 0, learning: 0, skipped: 0, todo: 0 }
  for (const status of statuses) counts[status] += 1
  return withPercent(counts)
}

/**
 * `counts` after some items changed status, each change from its old status to its new:
 * a plan's counts stay right after a tick without counting all its items again.
 */
export function recount(
  counts: ProgressCounts,
  changes: Iterable<{ from: ProgressStatus; to: ProgressStatus }>,
): ProgressCounts {
  const { total, done, learning, skipped, todo } = counts
  const changed = { total, done, learning, skipped, todo }
  for (const { from, to } of changes) {
    changed[from] -= 1
    changed[to] += 1
  }
  return withPercent(changed)
}

function withPercent(counts: Omit<ProgressCounts, 'percent'>): ProgressCounts {
  const counted = counts.total - counts.skipped
  return { ...counts, percent: counted === 0 ? 0 : Math.round((100 * counts.done) / counted) }
}
