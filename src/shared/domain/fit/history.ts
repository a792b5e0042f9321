import type { Entity } from '../entity'
import { localDay } from '../progress/calendar'
import { replayLog } from '../progress/replay'
import type { ActivityEvent } from '../progress/types'
import type { Role } from '../role'
import { roleNeeds } from './needs'
import { fitScore } from './score'
import type { RoleFitDetail } from './types'

/**
 * A role's fit over time, replayed from the activity log: at the last instant of each of the
 * `months` calendar months before the month of `now` (local time), oldest first, and at `now`.
 * Each point is dated with its local day (yyyy-mm-dd). Points before the user's first rating
 * of anything are left out.
 */
export function fitHistory(
  role: Role,
  entities: ReadonlyMap<string, Entity>,
  log: readonly ActivityEvent[],
  now: Date,
  months = 12,
): RoleFitDetail['history'] {
  const instants: Date[] = []
  for (let back = months; back >= 1; back--) {
    const firstOfNext = new Date(now.getFullYear(), now.getMonth() - back + 1, 1)
    instants.push(new Date(firstOfNext.getTime() - 1))
  }
  instants.push(now)
  // Before the user rated anything there is no fit to speak of: those months are left out
  // rather than drawn as zeros, which would read as a fall.
  return instants.flatMap((until) => {
    const states = replayLog(log, until)
    if (![...states.values()].some((state) => state.level !== null)) return []
    return [
      { date: localDay(until.toISOString()), score: fitScore(roleNeeds(role, entities, states)) },
    ]
  })
}
