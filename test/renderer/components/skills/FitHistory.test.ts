import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import FitHistory from '../../../../src/renderer/src/components/skills/FitHistory.svelte'

describe('FitHistory', () => {
  it('names the months along the bottom, the year where it starts, and today last', () => {
    render(FitHistory, {
      history: [
        { date: '2026-11-30', score: 20 },
        { date: '2026-12-31', score: 35 },
        { date: '2027-01-31', score: 40 },
        { date: '2027-02-14', score: 55 },
      ],
    })
    const chart = screen.getByRole('img', { name: /^Fit from 20 on 30 Nov 2026 to 55/ })
    const ticks = [...chart.querySelectorAll('text.tick')].map((tick) => tick.textContent)
    expect(ticks).toEqual(['0', '50', '100', 'Nov', '2026', 'Dec', 'Jan', '2027', 'Today'])
  })

  it('has no line to draw before there are two points, and says why', () => {
    const { unmount } = render(FitHistory, { history: [{ date: '2027-02-14', score: 30 }] })
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByText(/30 today, your first month of ratings/)).toBeInTheDocument()
    unmount()
    render(FitHistory, { history: [] })
    expect(screen.getByText(/starts with your first rating/)).toBeInTheDocument()
  })
})
