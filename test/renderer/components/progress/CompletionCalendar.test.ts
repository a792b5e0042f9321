import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import CompletionCalendar from '../../../../src/renderer/src/components/progress/CompletionCalendar.svelte'
import type { DayCount } from '@shared/domain/progress/views'

/** Consecutive days from `start` (yyyy-mm-dd), with the given counts. */
function days(start: string, counts: number[]): DayCount[] {
  const [year = 0, month = 1, day = 1] = start.split('-').map(Number)
  return counts.map((count, index) => {
    const date = new Date(year, month - 1, day + index)
    const pad = (n: number): string => String(n).padStart(2, '0')
    return {
      date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
      count,
    }
  })
}

function squares(): Element[] {
  return [...document.querySelectorAll('svg rect')]
}

describe('CompletionCalendar', () => {
  it('names the total and the active days for screen readers', () => {
    render(CompletionCalendar, { calendar: days('2026-11-02', [0, 2, 0, 1, 0, 0, 4]) })
    expect(
      screen.getByRole('img', { name: '7 completions over the last 12 months, on 3 days' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/7 completed in the last 12 months, on 3\s+days\./)).toBeInTheDocument()
  })

  it('speaks of one completion on one day in the singular', () => {
    render(CompletionCalendar, { calendar: days('2026-11-02', [0, 1, 0]) })
    expect(
      screen.getByRole('img', { name: '1 completion over the last 12 months, on 1 day' }),
    ).toBeInTheDocument()
  })

  it('gives every day a square that says its date and count on hover', () => {
    render(CompletionCalendar, { calendar: days('2026-11-02', [0, 3]) })
    expect(squares().map((square) => square.textContent)).toEqual([
      '2 Nov 2026: 0 completed',
      '3 Nov 2026: 3 completed',
    ])
  })

  it('puts each day in its weekday row, Monday first', () => {
    // 4 Nov 2026 is a Wednesday: the third row of the first week.
    render(CompletionCalendar, { calendar: days('2026-11-04', [1, 1, 1, 1, 1]) })
    const [wednesday, , , saturday, sunday] = squares()
    expect(wednesday?.getAttribute('x')).toBe(saturday?.getAttribute('x'))
    expect(Number(sunday?.getAttribute('y'))).toBeGreaterThan(Number(saturday?.getAttribute('y')))
    expect(Number(wednesday?.getAttribute('y'))).toBeLessThan(Number(saturday?.getAttribute('y')))
  })

  it('starts a new week column on Monday', () => {
    // 8 Nov 2026 is a Sunday, 9 Nov a Monday.
    render(CompletionCalendar, { calendar: days('2026-11-08', [1, 1]) })
    const [sunday, monday] = squares()
    expect(Number(monday?.getAttribute('x'))).toBeGreaterThan(Number(sunday?.getAttribute('x')))
    expect(Number(monday?.getAttribute('y'))).toBeLessThan(Number(sunday?.getAttribute('y')))
  })

  it('labels a month where its first day falls', () => {
    render(CompletionCalendar, { calendar: days('2026-11-28', [0, 0, 0, 0, 0]) })
    const svg = screen.getByRole('img')
    expect(within(svg as unknown as HTMLElement).getByText('Dec')).toBeInTheDocument()
    expect(within(svg as unknown as HTMLElement).queryByText('Nov')).toBeNull()
  })

  it('offers the completions by month as a table', () => {
    render(CompletionCalendar, {
      calendar: [...days('2026-10-30', [2, 0, 1]), ...days('2026-11-02', [5])],
    })
    const table = screen.getByRole('table')
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent)
    // 1 November belongs to November, though it sits in October's last week.
    expect(rows).toEqual(['October 20262', 'November 20266'])
  })
})
