import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import NotADay from '../../../../src/renderer/src/components/progress/NotADay.svelte'
import ProgressBar from '../../../../src/renderer/src/components/progress/ProgressBar.svelte'
import ReadinessBar from '../../../../src/renderer/src/components/progress/ReadinessBar.svelte'
import type { ProgressCounts } from '@shared/domain/progress/types'

const counts: ProgressCounts = { total: 12, done: 4, learning: 2, skipped: 2, todo: 4, percent: 40 }

describe('ProgressBar', () => {
  it('shows the share done as a named meter', () => {
    render(ProgressBar, { counts, label: 'Progress of Evening study' })
    const meter = screen.getByRole('progressbar', { name: 'Progress of Evening study' })
    expect(meter).toHaveAttribute('value', '40')
    expect(meter).toHaveAttribute('max', '100')
  })

  it('counts done out of what is not skipped, and names what is in progress and skipped', () => {
    render(ProgressBar, { counts, label: 'Progress' })
    expect(screen.getByText(/4 of 10 done, 2 in progress,\s+2\s+skipped/)).toBeInTheDocument()
  })

  it('leaves out what there is none of', () => {
    render(ProgressBar, {
      counts: { ...counts, learning: 0, skipped: 0, done: 3, percent: 25 },
      label: 'Progress',
    })
    const figures = screen.getByText('25%').parentElement
    expect(figures?.textContent?.replace(/\s+/g, ' ').trim()).toBe('25% 3 of 12 done')
  })
})

describe('ReadinessBar', () => {
  it('shows readiness for a role with its tips and skills done', () => {
    render(ReadinessBar, {
      readiness: {
        roleId: 'analyst',
        roleName: 'Data Analyst',
        percent: 45,
        tips: { done: 2, total: 5 },
        skills: { done: 7, total: 15 },
      },
    })
    expect(screen.getByRole('progressbar', { name: 'Readiness for Data Analyst' })).toHaveAttribute(
      'value',
      '45',
    )
    expect(screen.getByText('45%').parentElement).toHaveTextContent(
      '45% · 2/5 tips · 7/15 skills and tools',
    )
  })
})

describe('NotADay', () => {
  it('says in plain words that the link’s day is not one, and offers today', async () => {
    const ontoday = vi.fn()
    render(NotADay, { asOf: 'garbage', what: 'this plan', ontoday })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('That is not a date')
    expect(alert).toHaveTextContent(
      'The link asks for this plan as of “garbage”, which is not a day.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Show today' }))
    expect(ontoday).toHaveBeenCalledOnce()
  })
})
