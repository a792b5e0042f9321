import { parseKey } from './keys'
import { replayLog, stateOf } from './replay'
import { sameState } from './same-state'
import { EMPTY_PROGRESS, type ActivityEvent, type ProgressKey, type ProgressState } from './types'

/**
 * The state after a change: the patch's fields replace the current ones, fields the patch
 * leaves out (or sets to undefined) are kept. `level: null` clears a level. Whether the key may
 * hold a level at all is the caller's check; see {@link acceptsLevel}.
 */
export function applyChange(current: ProgressState, patch: Partial<ProgressState>): ProgressState {
  return {
    status: patch.status ?? current.status,
    level: patch.level === undefined ? current.level : patch.level,
    notes: patch.notes ?? current.notes,
    links: [...(patch.links ?? current.links)],
  }
}

/** Only skills and tools have a proficiency level; tips and custom items do not. */
export function acceptsLevel(key: ProgressKey): boolean {
  return parseKey(key).kind === 'skill'
}

/** Undo was asked for a batch the activity log does not hold. */
export class UnknownBatchError extends Error {
  override readonly name = 'UnknownBatchError'

  constructor(readonly batchId: string) {
    super(`There is no change ${batchId} to undo.`)
  }
}

/**
 * The events that undo one batch: for each key the batch touched (in the batch's order), one
 * `undo` event from the key's current state back to the state the log gave it just before the
 * batch's first event for that key (that event's `before`, in a log the app wrote). Keys already in that state get no event, so undoing a batch twice, or a batch
 * whose changes were since reversed by hand, writes nothing. Later changes to the same keys are
 * overwritten: undo restores what the user saw before the batch.
 *
 * @throws {UnknownBatchError} when no event in the log has `batchId`.
 */
export function eventsForUndo(
  log: readonly ActivityEvent[],
  batchId: string,
  now: Date,
  newBatchId: string,
  makeId: () => string,
): ActivityEvent[] {
  // What each key held in the log just before the batch first touched it, read from the
  // history itself rather than from the event's own `before`: in a log the app wrote they are
  // equal, and in a forged or hand-edited one Undo still writes back only a value the key had.
  const restore = new Map<ProgressKey, ProgressState>()
  const held = new Map<ProgressKey, ProgressState>()
  for (const event of log) {
    if (event.batchId === batchId && !restore.has(event.key)) {
      restore.set(event.key, held.get(event.key) ?? EMPTY_PROGRESS)
    }
    held.set(event.key, event.after)
  }
  if (restore.size === 0) throw new UnknownBatchError(batchId)
  const current = replayLog(log)
  const at = now.toISOString()
  const events: ActivityEvent[] = []
  for (const [key, before] of restore) {
    const state = stateOf(current, key)
    if (sameState(state, before)) continue
    events.push({
      id: makeId(),
      at,
      key,
      before: state,
      after: before,
      cause: 'undo',
      batchId: newBatchId,
    })
  }
  return events
}
