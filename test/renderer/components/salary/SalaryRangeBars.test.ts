import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import SalaryRangeBars from '../../../../src/renderer/src/components/salary/SalaryRangeBars.svelte'
import type { RoleSalaries, SalarySummary } from '@shared/domain/salary/types'

function role(roleId: string, roleName: string, overall: SalarySummary): RoleSalaries {
  return { roleId, roleName, overall } as RoleSalaries
}

const analyst = role('analyst', 'Data Analyst', {
  count: 420,
  figures: { p25: 80_000, median: 98_000, p75: 120_000 },
  reliability: 'ok',
})
const manager = role('manager', 'Data Manager', {
  count: 6,
  figures: { p25: 110_000, median: 130_000, p75: 150_000 },
  reliability: 'few',
})
const unknown = role('whisperer', 'Prompt Whisperer', {
  count: 0,
  figures: null,
  reliability: 'hidden',
})
const rare = role('rare', 'Rare Role', { count: 2, figures: null, reliability: 'hidden' })

function rowOf(name: string): string[] {
  const table = screen.getByRole('table', {
    name: 'The same figures as a table, US dollars a year',
  })
  const row = within(table).getByRole('rowheader', { name }).closest('tr')
  if (!row) throw new Error(`no row for ${name}`)
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '')
}

describe('SalaryRangeBars', () => {
  it('draws the ranges and says the same figures follow as a table', () => {
    render(SalaryRangeBars, { roles: [analyst, manager] })
    expect(
      screen.getByRole('img', {
        name: 'Salary ranges of the compared roles; the same figures follow as a table',
      }),
    ).toBeInTheDocument()
    expect(rowOf('Data Analyst')).toEqual(['$98,000', '$80,000 – $120,000', '420 answers'])
  })

  it('marks a figure resting on few answers as too few to rely on', () => {
    render(SalaryRangeBars, { roles: [analyst, manager] })
    expect(rowOf('Data Manager')[0]).toBe('$130,000 too few to rely on')
    expect(rowOf('Data Manager')[2]).toBe('6 answers')
  })

  it('puts the axis on round steps a little wider than the ranges', () => {
    render(SalaryRangeBars, { roles: [analyst, manager] })
    const ticks = [...document.querySelectorAll('svg text.tick')].map((tick) => tick.textContent)
    expect(ticks[0]).toBe('$50k')
    expect(ticks.at(-1)).toBe('$175k')
  })

  it('says in the chart why a role has no bar', () => {
    render(SalaryRangeBars, { roles: [analyst, unknown, rare] })
    const chart = screen.getByRole('img')
    expect(chart).toHaveTextContent('no answers in the index')
    expect(chart).toHaveTextContent('only 2 answers')
    expect(rowOf('Prompt Whisperer')).toEqual(['No answers', '0 answers'])
    expect(rowOf('Rare Role')).toEqual(['Too few answers to show a figure', '2 answers'])
  })

  it('draws no chart when no role has a range, but still lists the roles', () => {
    render(SalaryRangeBars, { roles: [unknown, rare] })
    expect(screen.queryByRole('img')).toBeNull()
    expect(
      screen.getByText('The index has too few answers for these roles to draw a range.'),
    ).toBeInTheDocument()
    expect(rowOf('Rare Role')[1]).toBe('2 answers')
  })
})
