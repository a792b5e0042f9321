import { sameState } from '../../../shared/domain/progress/same-state'
import {
  EMPTY_PROGRESS,
  type ActivityEvent,
  type ProgressRecord,
  type ProgressState,
} from '../../../shared/domain/progress/types'
import type { Db } from '../../store/schema'

/** The state part of a record: what the activity log records before and after a change. */
export function stateOfRecord({ status, level, notes, links }: ProgressRecord): ProgressState {
  return { status, level, notes, links }
}

/**
 * Appends `events` to the activity log and sets each event's record to its `after`, stamped
 * with the event's time (never earlier than the log's last), on a draft inside one
 * `store.update`. This is the only place records
 * change, which keeps them equal to replaying the log. Each event is marked with `origin`, the
 * copy of the data making it (see OriginIdSchema), when there is one.
 */
export function appendToLog(db: Db, events: readonly ActivityEvent[], origin?: string): void {
  // An index of 10,000 records pays off for a batch (a reset), not for the one event of a tick.
  const indexByKey =
    events.length > 1 ? new Map(db.progress.map((record, index) => [record.key, index])) : null
  // The log is history in time order (imports check it so): a change made after the clock was
  // set back is logged at the time of the latest change, never before it.
  let latest = db.activity[db.activity.length - 1]?.at
  for (const made of events) {
    const index = indexByKey
      ? (indexByKey.get(made.key) ?? -1)
      : db.progress.findIndex((existing) => existing.key === made.key)
    const existing = index === -1 ? undefined : db.progress[index]
    const current = existing ? stateOfRecord(existing) : EMPTY_PROGRESS
    const event: ActivityEvent = {
      ...made,
      // An event made while a bulk change held the store's writer saw the data before that
      // change; its `before` is what the key holds now, so each event's `before` is the
      // previous `after` and Undo only ever writes back a value the user had.
      before: sameState(made.before, current) ? made.before : current,
      at: latest !== undefined && Date.parse(made.at) < Date.parse(latest) ? latest : made.at,
      ...(origin !== undefined && { origin }),
    }
    latest = event.at
    db.activity.push(event)
    const record: ProgressRecord = { key: event.key, ...event.after, updatedAt: event.at }
    if (index === -1) {
      indexByKey?.set(event.key, db.progress.length)
      db.progress.push(record)
    } else {
      db.progress[index] = record
    }
  }
}
