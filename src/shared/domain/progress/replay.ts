import { EMPTY_PROGRESS, type ActivityEvent, type ProgressKey, type ProgressState } from './types'

/**
 * The state of every key the log touches, rebuilt from the log alone: each event, in array
 * (append) order, sets its key to its `after`. With `until`, only events whose `at` is at or
 * before that instant count, which is how "as of" views see the past. Keys no counted event
 * touches are absent; read them with {@link stateOf}.
 */
export function replayLog(
  events: readonly ActivityEvent[],
  until?: Date,
): Map<ProgressKey, ProgressState> {
  const limit = until?.getTime() ?? Infinity
  const states = new Map<ProgressKey, ProgressState>()
  for (const event of events) {
    if (Date.parse(event.at) <= limit) states.set(event.key, event.after)
  }
  return states
}

/** The state of one key, or {@link EMPTY_PROGRESS} for a key nobody has touched. */
export function stateOf(
  states: ReadonlyMap<ProgressKey, ProgressState>,
  key: ProgressKey,
): ProgressState {
  return states.get(key) ?? EMPTY_PROGRESS
}
