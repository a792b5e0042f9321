import type { ActivityEvent, ProgressRecord } from '../../../shared/domain/progress/types'
import { splitRecordKey, type MergeChanges, type Replica } from '../../../shared/sync/replica'
import type { Db } from '../../store/schema'
import { sameJson } from './capture'
import { adapters } from './collections'

/** What a merge did to the data file. */
export interface AppliedMerge {
  /** Records put, changed or removed, plus progress events added. */
  changed: number
  /** Records whose merged form the app cannot use (left as they were here), by `collection/id`. */
  invalid: string[]
}

/**
 * Brings a draft of the data file in line with the merged state for everything `changes`
 * names. Records are rebuilt from their registers and validated; the activity log gains the
 * events it lacks, kept in (clock, id) order so replaying it gives each key its last writer's
 * state; each touched key's progress record becomes its latest event's `after`.
 */
export function applyMerge(draft: Db, replica: Replica, changes: MergeChanges): AppliedMerge {
  const result: AppliedMerge = { changed: 0, invalid: [] }
  for (const key of changes.records) {
    const { collection, recordId } = splitRecordKey(key)
    const adapter = adapters[collection]
    const current = adapter.records(draft).get(recordId) ?? null
    const merged = replica.recordOf(collection, recordId)
    let next: Record<string, unknown> | null = null
    if (merged !== null) {
      const parsed = adapter.schema.safeParse(merged)
      if (!parsed.success) {
        result.invalid.push(`${collection}/${recordId}`)
        continue
      }
      next = parsed.data as Record<string, unknown>
    }
    if (next === null && current === null) continue
    if (next !== null && current !== null && sameJson(sortKeys(next), sortKeys(current))) continue
    adapter.write(draft, recordId, next)
    result.changed++
  }
  if (changes.events.length > 0) result.changed += mergeEvents(draft, replica, changes)
  return result
}

/** Adds the events the log lacks and updates their keys' records; returns how many were added. */
function mergeEvents(draft: Db, replica: Replica, changes: MergeChanges): number {
  const inLog = new Set(draft.activity.map((event) => event.id))
  const added = changes.events.filter((entry) => !inLog.has(entry.event.id))
  const ordered = replica.orderedEvents()
  // Events the log holds that the merged state does not (none once a device has joined) stay.
  const localOnly = draft.activity.filter((event) => replica.eventClock(event.id) === undefined)
  const wanted: ActivityEvent[] = [...ordered.map((entry) => entry.event), ...localOnly]
  const inOrder =
    localOnly.length === 0 && draft.activity.every((event, index) => wanted[index]?.id === event.id)
  if (inOrder) {
    // The common case: what arrived is newer than everything here, so the log is only appended to.
    for (const event of wanted.slice(draft.activity.length)) draft.activity.push(event)
  } else if (added.length > 0 || !sameOrder(draft.activity, wanted)) {
    draft.activity = wanted
  }
  const keys = new Set(changes.events.map((entry) => entry.event.key))
  const indexByKey = new Map(draft.progress.map((record, index) => [record.key, index]))
  for (const key of keys) {
    const latest = replica.latestEventOf(key)
    if (!latest) continue
    const record: ProgressRecord = {
      key: latest.event.key,
      ...latest.event.after,
      updatedAt: latest.event.at,
    }
    const index = indexByKey.get(key)
    if (index === undefined) draft.progress.push(record)
    else if (!sameJson(draft.progress[index], record)) draft.progress[index] = record
  }
  return added.length
}

function sameOrder(a: readonly ActivityEvent[], b: readonly ActivityEvent[]): boolean {
  return a.length === b.length && a.every((event, index) => b[index]?.id === event.id)
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
