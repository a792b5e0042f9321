import { localDay } from '@shared/domain/progress/calendar'

/** Today as yyyy-mm-dd in the user's time zone: what a date input shows and "as of" means. */
export function todayIso(now: Date = new Date()): string {
  return localDay(now.toISOString())
}

/**
 * Whether `text` is a real day written yyyy-mm-dd, as a link's "as of" must be: "2026-02-30"
 * and "garbage" are not.
 */
export function isIsoDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(year, month - 1, day)
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
}

/** "23 Nov 2026" for a yyyy-mm-dd day. */
export function formatDay(isoDay: string): string {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number)
  return new Date(year, month - 1, day).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

/** "23 Nov 2026, 14:05" for an ISO time, in local time. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}
