import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import NeedsChart from '../../../../src/renderer/src/components/skills/NeedsChart.svelte'
import { need } from './fit-fixture'

const LONG = 'Statistical modelling and experimental design for large-scale online platforms'

describe('NeedsChart', () => {
  it('says "not rated" for a need never rated, and "None" for one rated 0', () => {
    render(NeedsChart, {
      roleName: 'Data Manager',
      needs: [need('SQL', 0), need('Python', 0, { rated: false })],
    })
    const table = screen.getByRole('table')
    expect(within(table).getByRole('row', { name: /^SQL/ })).toHaveTextContent('0 · None')
    expect(within(table).getByRole('row', { name: /^Python/ })).toHaveTextContent('not rated')
    expect(within(table).queryByText(/your level 0/)).not.toBeInTheDocument()
  })

  it('keeps a long name readable: two lines, and the whole name on hover', () => {
    render(NeedsChart, { roleName: 'Data Manager', needs: [need(LONG, 2)] })
    const chart = screen.getByRole('img')
    const lines = [...chart.querySelectorAll('tspan')].map((line) => line.textContent)
    expect(lines).toHaveLength(2)
    for (const line of lines) expect((line ?? '').length).toBeLessThanOrEqual(30)
    expect(lines[0]).toBe('Statistical modelling and')
    expect(chart.querySelector('text.name title')?.textContent).toBe(LONG)
  })
})
