import type { ActivityEvent } from '../../../shared/domain/progress/types'
import { BODY, syncedCollections, type SyncedCollection } from '../../../shared/sync/ops'
import type { Db } from '../../store/schema'
import { adapters, registersOfRecord } from './collections'

/** A local change before it gets its op id and clock. */
export type Change =
  | { kind: 'event'; event: ActivityEvent }
  | { kind: 'put'; collection: SyncedCollection; recordId: string; fields: Record<string, unknown> }
  | { kind: 'remove'; collection: SyncedCollection; recordId: string }

/** True when two JSON values are the same; records are small, so their JSON is compared. */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/**
 * What one committed update changed, as sync changes: the events appended to the activity log
 * and, per synced record, the registers whose value differs. Records the update did not touch
 * keep their (frozen) objects, so they are skipped by identity and a tick costs little.
 */
export function captureChanges(previous: Readonly<Db>, next: Readonly<Db>): Change[] {
  const changes: Change[] = []
  if (next.activity !== previous.activity) {
    for (const event of newEvents(previous.activity, next.activity))
      changes.push({ kind: 'event', event })
  }
  for (const collection of syncedCollections) {
    const adapter = adapters[collection]
    const before = adapter.records(previous)
    const after = adapter.records(next)
    for (const [recordId, record] of after) {
      const old = before.get(recordId)
      if (old === record) continue
      const oldFields = old === undefined ? null : registersOfRecord(adapter, old)
      const fields = Object.fromEntries(
        Object.entries(registersOfRecord(adapter, record)).filter(
          ([name, value]) => oldFields === null || !sameJson(value, oldFields[name]),
        ),
      )
      if (Object.keys(fields).length > 0)
        changes.push({ kind: 'put', collection, recordId, fields })
    }
    for (const recordId of before.keys())
      if (!after.has(recordId)) changes.push({ kind: 'remove', collection, recordId })
  }
  return changes
}

/**
 * The events in `next` that `previous` lacks. The log is only appended to, so that is usually
 * its tail (the same records up to the old end); a log replaced whole (an import that replaces
 * everything) is compared by event id instead.
 */
function newEvents(
  previous: readonly ActivityEvent[],
  next: readonly ActivityEvent[],
): readonly ActivityEvent[] {
  const end = previous.length
  if (next.length >= end && (end === 0 || next[end - 1] === previous[end - 1]))
    return next.slice(end)
  const known = new Set(previous.map((event) => event.id))
  return next.filter((event) => !known.has(event.id))
}

/**
 * The changes that would bring the merged state to what this device holds: every record and
 * event the data file has that `known` (the merged state) lacks or holds differently. Taken
 * when a device joins a folder (or takes a new id), after merging what the folder holds.
 * `activity`, the events to look at, is the data file's log unless given.
 */
export function differences(
  db: Readonly<Db>,
  known: {
    recordOf(collection: SyncedCollection, recordId: string): Record<string, unknown> | null
    eventClock(eventId: string): string | undefined
  },
  activity: readonly ActivityEvent[] = db.activity,
): Change[] {
  const changes: Change[] = []
  for (const event of activity)
    if (known.eventClock(event.id) === undefined) changes.push({ kind: 'event', event })
  for (const collection of syncedCollections) {
    const adapter = adapters[collection]
    for (const [recordId, record] of adapter.records(db)) {
      const merged = known.recordOf(collection, recordId)
      if (merged !== null && sameJson(normalised(merged), normalised(record))) continue
      const mergedFields = merged === null ? null : registersOfRecord(adapter, merged)
      const fields = Object.fromEntries(
        Object.entries(registersOfRecord(adapter, record)).filter(
          ([name, value]) =>
            mergedFields === null ||
            (name === BODY
              ? !sameJson(normalised(value), normalised(mergedFields[BODY]))
              : !sameJson(value, mergedFields[name])),
        ),
      )
      if (Object.keys(fields).length > 0)
        changes.push({ kind: 'put', collection, recordId, fields })
    }
  }
  return changes
}

/** A record with its keys sorted, so two equal records compare equal as JSON. */
function normalised(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    ),
  )
}
