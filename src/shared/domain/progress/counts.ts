import { countStatuses } from './count-statuses'
import { stateOf } from './replay'
import type { ProgressCounts, ProgressKey, ProgressState } from './types'

/** How far a list of items is, by the status of each item's key (see {@link countStatuses}). */
export function countProgress(
  items: readonly { key: ProgressKey }[],
  states: ReadonlyMap<ProgressKey, ProgressState>,
): ProgressCounts {
  return countStatuses(items.map((item) => stateOf(states, item.key).status))
}
