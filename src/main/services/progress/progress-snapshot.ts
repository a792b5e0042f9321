import { replayLog } from '../../../shared/domain/progress'
import type {
  ActivityEvent,
  ProgressKey,
  ProgressRecord,
  ProgressState,
} from '../../../shared/domain/progress/types'
import { stateOfRecord } from './progress-log'

/** The state of every touched key at one moment, and when each last changed by then. */
export interface ProgressSnapshot {
  states: ReadonlyMap<ProgressKey, ProgressState>
  updatedAt: ReadonlyMap<ProgressKey, string>
}

/** Now, read from the records (which always equal the replayed log). */
export function currentSnapshot(records: readonly ProgressRecord[]): ProgressSnapshot {
  return {
    states: new Map(records.map((record) => [record.key, stateOfRecord(record)])),
    updatedAt: new Map(records.map((record) => [record.key, record.updatedAt])),
  }
}

/** As of `until`, replayed from the log: events after it do not count. */
export function snapshotAsOf(activity: readonly ActivityEvent[], until: Date): ProgressSnapshot {
  const updatedAt = new Map<ProgressKey, string>()
  for (const event of activity) {
    if (Date.parse(event.at) <= until.getTime()) updatedAt.set(event.key, event.at)
  }
  return { states: replayLog(activity, until), updatedAt }
}
