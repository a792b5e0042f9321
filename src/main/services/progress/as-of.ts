import { localDay } from '../../../shared/domain/progress'

/** Today's local calendar day (yyyy-mm-dd) by `now`. */
export function today(now: Date): string {
  return localDay(now.toISOString())
}

/**
 * The last instant of a local calendar day (yyyy-mm-dd): "as of" a day means everything that
 * happened up to the end of it, in the time zone the app runs in.
 */
export function endOfLocalDay(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  const nextMidnight = new Date(0)
  // setFullYear, unlike the Date constructor, does not read years 0–99 as 1900–1999.
  nextMidnight.setFullYear(year, month - 1, date + 1)
  nextMidnight.setHours(0, 0, 0, 0)
  return new Date(nextMidnight.getTime() - 1)
}
