import type {
  ActivityEvent,
  ProgressRecord,
  ProgressState,
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
 * change, which keeps them equal to replaying the log.
 */
export function appendToLog(db: Db, events: readonly ActivityEvent[]): void {
  // An index of 10,000 records pays off for a batch (a reset), not for the one event of a tick.
  const indexByKey =
    events.length > 1 ? new Map(db.progress.map((record, index) => [record.key, index])) : null
  // The log is history in time order (imports check it so): a change made after the clock was
  // set back is logged at the time of the latest change, never before it.
  let latest = db.activity[db.activity.length - 1]?.at
  for (const made of events) {
    const event =
      latest !== undefined && Date.parse(made.at) < Date.parse(latest)
        ? { ...made, at: latest }
        : made
    latest = event.at
    db.activity.push(event)
    const record: ProgressRecord = { key: event.key, ...event.after, updatedAt: event.at }
    const index = indexByKey
      ? (indexByKey.get(event.key) ?? -1)
      : db.progress.findIndex((existing) => existing.key === event.key)
    if (index === -1) {
      indexByKey?.set(event.key, db.progress.length)
      db.progress.push(record)
    } else {
      db.progress[index] = record
    }
  }
}
