import type { ActivityEvent, ProgressKey, ProgressRecord } from '../progress/types'

/**
 * Both activity logs as one: every event of `local` in its order, and each event of
 * `incoming` whose id `local` lacks, placed by time between them (a stable merge, so each log
 * keeps its own order and no event is rewritten or dropped).
 */
export function mergeLogs(
  local: readonly ActivityEvent[],
  incoming: readonly ActivityEvent[],
): ActivityEvent[] {
  const known = new Set(local.map((event) => event.id))
  const fresh = incoming.filter((event) => !known.has(event.id))
  const merged: ActivityEvent[] = []
  let i = 0
  let j = 0
  while (i < local.length && j < fresh.length) {
    const mine = local[i] as ActivityEvent
    const theirs = fresh[j] as ActivityEvent
    if (Date.parse(theirs.at) < Date.parse(mine.at)) {
      merged.push(theirs)
      j++
    } else {
      merged.push(mine)
      i++
    }
  }
  return [...merged, ...local.slice(i), ...fresh.slice(j)]
}

/**
 * The progress records a log gives when replayed (each key's last event's state and time), as
 * the data file keeps them. Keys keep the order of `order` first, then of first appearance, so
 * a replay over unchanged records leaves them where they were.
 */
export function recordsFromLog(
  log: readonly ActivityEvent[],
  order: readonly ProgressKey[],
): ProgressRecord[] {
  const records = new Map<ProgressKey, ProgressRecord | undefined>(
    order.map((key) => [key, undefined]),
  )
  for (const event of log) {
    records.set(event.key, { ...event.after, key: event.key, updatedAt: event.at })
  }
  return [...records.values()].filter((record) => record !== undefined)
}
