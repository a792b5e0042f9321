import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import DashboardView from '../../../src/renderer/src/views/DashboardView.svelte'
import type { Dashboard } from '@shared/domain/progress/views'
import { installFakeApi } from '../fake-api'

function days(count: number, doneOn: Record<string, number>): Dashboard['calendar'] {
  const end = Date.parse('2026-11-23T00:00:00Z')
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(end - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10)
    return { date, count: doneOn[date] ?? 0 }
  })
}

const dashboard: Dashboard = {
  asOf: '2026-11-23',
  plans: [
    {
      id: 'p1',
      title: 'AI Programmer plan',
      source: { kind: 'role', roleId: 'ai-programmer' },
      sourceLabel: 'For AI Programmer',
      archived: false,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      counts: { total: 10, done: 4, learning: 1, skipped: 2, todo: 3, percent: 50 },
    },
  ],
  readiness: [
    {
      roleId: 'ai-programmer',
      roleName: 'AI Programmer',
      tips: { done: 2, total: 7 },
      skills: { done: 2, total: 25 },
      percent: 13,
    },
    {
      roleId: 'data-manager',
      roleName: 'Data Manager',
      tips: { done: 0, total: 4 },
      skills: { done: 0, total: 20 },
      percent: 0,
    },
  ],
  calendar: days(365, { '2026-11-22': 2, '2026-11-23': 2 }),
  streak: 2,
  recent: [
    {
      id: 'e1',
      at: '2026-11-23T09:00:00.000Z',
      key: 'skill:python',
      cause: 'edit',
      batchId: 'b1',
      label: 'Python',
      summary: 'Marked done',
      statusBefore: 'learning',
      statusAfter: 'done',
    },
  ],
}

describe('DashboardView', () => {
  it('shows the streak, each plan’s bar, readiness of started roles, the calendar and activity', async () => {
    installFakeApi({ 'progress:dashboard': () => dashboard })
    render(DashboardView, { asOf: undefined, onasofchange: vi.fn() })
    await screen.findByText('days in a row with something done')
    const plans = screen.getByRole('region', { name: 'Your plans' })
    expect(
      within(plans).getByRole('progressbar', { name: 'Progress of AI Programmer plan' }),
    ).toHaveAttribute('value', '50')
    expect(plans).toHaveTextContent('4 of 8 done, 1 in progress, 2 skipped')
    const readiness = screen.getByRole('region', { name: 'Readiness by role' })
    expect(
      within(readiness)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['AI Programmer'])
    expect(
      screen.getByRole('img', { name: '4 completions over the last 12 months, on 2 days' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Recent activity' })).toHaveTextContent(
      'Python — Marked done',
    )
  })

  it('asks main for the chosen past day and says so', async () => {
    const asked: unknown[] = []
    installFakeApi({
      'progress:dashboard': (input) => {
        asked.push(input)
        return { ...dashboard, asOf: '2026-10-01' }
      },
    })
    render(DashboardView, { asOf: '2026-10-01', onasofchange: vi.fn() })
    await screen.findByText('As it was at the end of 1 Oct 2026.')
    expect(asked).toEqual([{ asOf: '2026-10-01' }])
  })

  it('says in plain words that a date in the link is not valid, and asks main nothing', async () => {
    const asked: unknown[] = []
    installFakeApi({
      'progress:dashboard': (input) => {
        asked.push(input)
        throw new Error('main must not be asked about a day that does not exist')
      },
    })
    render(DashboardView, { asOf: 'garbage', onasofchange: vi.fn() })
    expect(await screen.findByRole('alert')).toHaveTextContent('That is not a date')
    expect(screen.queryByText(/Invalid Date/)).toBeNull()
    expect(asked).toEqual([])
  })
})
