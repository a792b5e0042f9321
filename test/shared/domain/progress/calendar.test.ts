import { describe, expect, it } from 'vitest'
import {
  completionsByDay,
  currentStreak,
  isCompletion,
  localDay,
} from '@shared/domain/progress/calendar'
import type { DayCount } from '@shared/domain/progress/views'
import { dayAtOffset, event } from './progress-fixtures'

const utc = dayAtOffset(0)
const done = (id: string, at: string, from: 'todo' | 'learning' | 'done' = 'todo') =>
  event(id, 'skill:python', { status: from }, { status: 'done' }, { at })

describe('isCompletion', () => {
  it('is a move to done from any other status', () => {
    expect(isCompletion(done('e1', '2024-03-01T10:00:00.000Z'))).toBe(true)
    expect(isCompletion(done('e1', '2024-03-01T10:00:00.000Z', 'learning'))).toBe(true)
    expect(isCompletion(done('e1', '2024-03-01T10:00:00.000Z', 'done'))).toBe(false)
    expect(isCompletion(event('e2', 'tip:network', { status: 'done' }, {}))).toBe(false)
  })
})

describe('localDay', () => {
  it('is the yyyy-mm-dd of the instant in the local time zone', () => {
    const date = new Date('2024-03-01T12:00:00.000Z')
    const expected = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-')
    expect(localDay(date.toISOString())).toBe(expected)
  })

  it('keeps four digits for years before 1000, so the day parses back', () => {
    const date = new Date(0)
    date.setFullYear(7, 10, 1)
    date.setHours(12, 0, 0, 0)
    expect(localDay(date.toISOString())).toBe('0007-11-01')
  })
})

describe('completionsByDay', () => {
  const asOf = new Date('2024-03-10T18:00:00.000Z')

  it('has one entry per day of the window, oldest first, ending with the day of asOf', () => {
    const calendar = completionsByDay([], asOf, utc)
    expect(calendar).toHaveLength(365)
    expect(calendar[0]).toEqual({ date: '2023-03-12', count: 0 })
    expect(calendar.at(-1)).toEqual({ date: '2024-03-10', count: 0 })
    expect(calendar.map((day) => day.date)).toContain('2024-02-29')
  })

  it('counts completions per day, and only completions', () => {
    const events = [
      done('e1', '2024-03-09T08:00:00.000Z'),
      done('e2', '2024-03-09T20:00:00.000Z', 'learning'),
      done('e3', '2024-03-09T21:00:00.000Z', 'done'),
      event('e4', 'tip:network', {}, { status: 'learning' }, { at: '2024-03-09T22:00:00.000Z' }),
      done('e5', '2024-03-10T09:00:00.000Z'),
    ]
    expect(completionsByDay(events, asOf, utc, 3)).toEqual([
      { date: '2024-03-08', count: 0 },
      { date: '2024-03-09', count: 2 },
      { date: '2024-03-10', count: 1 },
    ])
  })

  it('does not count an undo that brings done back: that completion was counted already', () => {
    const undo = event(
      'u1',
      'skill:python',
      { status: 'todo' },
      { status: 'done' },
      { at: '2024-03-10T09:00:00.000Z', cause: 'undo' },
    )
    expect(completionsByDay([undo], asOf, utc, 1)).toEqual([{ date: '2024-03-10', count: 0 }])
  })

  it('leaves out events after asOf and before the window', () => {
    const events = [
      done('e1', '2024-03-10T18:00:00.001Z'),
      done('e2', '2024-03-07T23:59:59.999Z'),
      done('e3', '2024-03-10T18:00:00.000Z'),
    ]
    expect(completionsByDay(events, asOf, utc, 3)).toEqual([
      { date: '2024-03-08', count: 0 },
      { date: '2024-03-09', count: 0 },
      { date: '2024-03-10', count: 1 },
    ])
  })

  it('uses the calendar days of the given time zone', () => {
    const late = [done('e1', '2024-03-09T23:30:00.000Z')]
    expect(completionsByDay(late, asOf, dayAtOffset(60), 2)).toEqual([
      { date: '2024-03-09', count: 0 },
      { date: '2024-03-10', count: 1 },
    ])
    expect(completionsByDay(late, asOf, dayAtOffset(-300), 2)).toEqual([
      { date: '2024-03-09', count: 1 },
      { date: '2024-03-10', count: 0 },
    ])
    // Six and a half hours ahead of UTC, asOf itself is 00:30 on 11 March: the window moves too.
    expect(completionsByDay(late, asOf, dayAtOffset(390), 2)).toEqual([
      { date: '2024-03-10', count: 1 },
      { date: '2024-03-11', count: 0 },
    ])
  })
})

describe('currentStreak', () => {
  const days = (...counts: number[]): DayCount[] =>
    counts.map((count, i) => ({ date: `2024-03-${String(i + 1).padStart(2, '0')}`, count }))

  it('counts consecutive days with completions ending with the last day', () => {
    expect(currentStreak(days(1, 0, 2, 1, 3))).toBe(3)
    expect(currentStreak(days(1, 1, 1))).toBe(3)
  })

  it('does not break the streak for a last day with nothing done yet', () => {
    expect(currentStreak(days(0, 1, 1, 0))).toBe(2)
  })

  it('is 0 when neither the last day nor the one before has a completion', () => {
    expect(currentStreak(days(1, 1, 0, 0))).toBe(0)
    expect(currentStreak(days(0))).toBe(0)
    expect(currentStreak([])).toBe(0)
  })
})
