import type { ActivityEvent } from './types'
import type { DayCount } from './views'

const DAY_MS = 86_400_000

/** The local calendar day (yyyy-mm-dd) of an instant, in the time zone this code runs in. */
export function localDay(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number): string => String(n).padStart(2, '0')
  // Years before 1000 keep four digits (0999-…), or the day would not parse back as a date.
  const year = String(date.getFullYear()).padStart(4, '0')
  return `${year}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The day `offset` days after a yyyy-mm-dd day (before, when negative). */
function addDays(day: string, offset: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10)
}

/**
 * True when the user moved a key to done from any other status. An undo that brings "done"
 * back (after a reset, say) restores an earlier completion rather than making a new one.
 */
export function isCompletion(event: ActivityEvent): boolean {
  return event.cause === 'edit' && event.before.status !== 'done' && event.after.status === 'done'
}

/**
 * Completions per day for the `days` calendar days ending with the day of `asOf`, oldest first,
 * every day present (0 when nothing was completed). Events after `asOf` are not counted, so a
 * past "as of" instant sees the calendar as it was then. Days are those of `toDay`, which maps
 * an event's ISO instant to its yyyy-mm-dd day: {@link localDay} in the app, a fixed zone in
 * tests so they do not depend on the machine's time zone.
 */
export function completionsByDay(
  events: readonly ActivityEvent[],
  asOf: Date,
  toDay: (iso: string) => string = localDay,
  days = 365,
): DayCount[] {
  const last = toDay(asOf.toISOString())
  const counts = new Map<string, number>()
  for (let offset = 1 - days; offset <= 0; offset += 1) counts.set(addDays(last, offset), 0)
  for (const event of events) {
    if (!isCompletion(event) || Date.parse(event.at) > asOf.getTime()) continue
    const day = toDay(event.at)
    const count = counts.get(day)
    if (count !== undefined) counts.set(day, count + 1)
  }
  return [...counts].map(([date, count]) => ({ date, count }))
}

/**
 * Consecutive days with at least one completion, ending with the calendar's last day, or with
 * the day before when the last day has none yet: today not done yet does not break a streak.
 */
export function currentStreak(calendar: readonly DayCount[]): number {
  let end = calendar.length - 1
  if (calendar[end]?.count === 0) end -= 1
  let streak = 0
  while (end - streak >= 0 && (calendar[end - streak]?.count ?? 0) > 0) streak += 1
  return streak
}
