import {
  ActivityEventSchema,
  ProgressRecordSchema,
  type ActivityEvent,
  type ProgressRecord,
} from '../../../shared/domain/progress/types'
import {
  splitRecordKey,
  type ClockedEvent,
  type MergeChanges,
  type Replica,
} from '../../../shared/sync/replica'
import { appendAll } from '../../../shared/sync/append-all'
import { appendedTo } from '../../store/append-only'
import { isKnownValid, markValidShallow } from '../../store/known-valid'
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
  const log = currentLog(draft.activity)
  const added = log.length === 0 ? changes.events.length : countNew(changes.events, log)
  const ordered = replica.orderedEvents()
  // Events the log holds that the merged state does not (none once a device has joined) stay.
  const localOnly = log.filter((event) => replica.eventClock(event.id) === undefined)
  const wanted = ordered.map((entry) => entry.event)
  for (const event of localOnly) wanted.push(event)
  if (localOnly.length === 0 && startsWith(wanted, log)) {
    // The common case: what arrived is newer than everything here, so the log is only appended to.
    appendAll(draft.activity, wanted, log.length)
  } else if (added > 0 || !startsWith(wanted, log) || wanted.length !== log.length) {
    draft.activity = wanted
  }
  const indexByKey = new Map(draft.progress.map((record, index) => [record.key, index]))
  for (const key of changes.keys) {
    const latest = replica.latestEventOf(key)
    if (!latest) continue
    const record = progressRecordAfter(latest.event)
    const index = indexByKey.get(key)
    if (index === undefined) draft.progress.push(record)
    else if (!sameJson(draft.progress[index], record)) draft.progress[index] = record
  }
  return added
}

/**
 * How many of `arrived` the log lacks. An empty log (a profile's first merge, 50,000 events)
 * lacks them all, and is not looked up 50,000 times to say so.
 */
function countNew(arrived: readonly ClockedEvent[], log: readonly ActivityEvent[]): number {
  const inLog = new Set<string>()
  for (const event of log) inLog.add(event.id)
  let added = 0
  for (const entry of arrived) if (!inLog.has(entry.event.id)) added++
  return added
}

/**
 * The progress record `event` leaves its key in. Built from an event the folder reader
 * validated, it is marked valid for the store: its key, state and time are the event's own,
 * already taken by the very schemas the record's fields are made of (a property test holds the
 * two to the same answer), so the store does not parse thousands of them again. Any other
 * event's record is parsed by the store as usual.
 *
 * A known-valid event is frozen through and through (see known-valid.ts), so the record's
 * only object, its state's `links`, is frozen already: the record is marked and frozen without
 * a walk over it, which took most of the time of building a first merge's 10,000 records.
 */
export function progressRecordAfter(event: ActivityEvent): ProgressRecord {
  const record: ProgressRecord = { key: event.key, ...event.after, updatedAt: event.at }
  return isKnownValid(ActivityEventSchema, event)
    ? markValidShallow(ProgressRecordSchema, record)
    : record
}

/** The log a draft holds, as a plain list: the store's draft of it is read through a proxy. */
function currentLog(activity: ActivityEvent[]): readonly ActivityEvent[] {
  const appended = appendedTo(activity)
  if (appended === undefined) return activity
  const { base, added } = appended as { base: readonly ActivityEvent[]; added: ActivityEvent[] }
  return added.length === 0 ? base : [...base, ...added]
}

/** True when `list` begins with the events of `prefix`, in order (by id). */
function startsWith(list: readonly ActivityEvent[], prefix: readonly ActivityEvent[]): boolean {
  if (prefix.length > list.length) return false
  for (let index = 0; index < prefix.length; index++)
    if (list[index]?.id !== (prefix[index] as ActivityEvent).id) return false
  return true
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
