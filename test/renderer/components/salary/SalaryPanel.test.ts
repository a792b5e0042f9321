import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import SalaryPanel from '../../../../src/renderer/src/components/salary/SalaryPanel.svelte'
import type { RoleSalaries, SalarySummary } from '@shared/domain/salary/types'
import { installFakeApi } from '../../fake-api'

const ok: SalarySummary = {
  count: 40,
  figures: { p25: 90_000, median: 120_000.4, p75: 150_000 },
  reliability: 'ok',
}
const few: SalarySummary = {
  count: 5,
  figures: { p25: 80_000, median: 95_000, p75: 110_000 },
  reliability: 'few',
}
const hidden: SalarySummary = { count: 2, figures: null, reliability: 'hidden' }
const none: SalarySummary = { count: 0, figures: null, reliability: 'hidden' }

const salaries: RoleSalaries = {
  roleId: 'data-manager',
  roleName: 'Data Manager',
  matchedTitles: ['Data Manager'],
  filters: {},
  overall: ok,
  byLevel: [
    { key: 'EN', summary: hidden },
    { key: 'MI', summary: few },
    { key: 'SE', summary: ok },
    { key: 'EX', summary: none },
  ],
  byYear: [{ key: 2024, summary: ok }],
  options: {
    residence: [{ value: 'US', label: 'United States', count: 30 }],
    remoteRatio: [],
    companySize: [],
  },
}
const source = {
  name: 'aijobs.net Global AI, ML, Data Science Salary Index',
  url: 'https://aijobs.net/salaries',
  licence: 'CC0 1.0',
  snapshotDate: '2025-01-19',
  rowCount: 74_301,
}

describe('SalaryPanel', () => {
  it('shows figures with the sample size beside each, marks small samples and hides tiny ones', async () => {
    installFakeApi({ 'salaries:forRole': () => salaries, 'salaries:source': () => source })
    render(SalaryPanel, { id: 'salaries', roleId: 'data-manager' })
    await screen.findByText('median a year in US dollars')
    const byLevel = screen.getByRole('table', { name: 'By experience' })
    const row = (name: string) =>
      within(byLevel).getByRole('rowheader', { name }).closest('tr') as HTMLElement
    expect(row('Senior')).toHaveTextContent(/\$120,000\s*\$90,000 – \$150,000\s*40 answers/)
    expect(row('Mid')).toHaveTextContent('too few to rely on')
    expect(row('Mid')).toHaveTextContent('5 answers')
    expect(row('Entry')).toHaveTextContent(/Too few answers to show a figure\s*2 answers/)
    expect(row('Entry')).not.toHaveTextContent('$')
    expect(row('Executive')).toHaveTextContent(/No answers\s*0 answers/)
    expect(screen.getByText(/snapshot of\s+19 Jan 2025/)).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Salaries' })).not.toHaveTextContent(/\brows?\b/)
  })

  it('does not make a headline of a median from fewer than 10 answers', async () => {
    installFakeApi({
      'salaries:forRole': () => ({ ...salaries, overall: few }),
      'salaries:source': () => source,
    })
    render(SalaryPanel, { id: 'salaries', roleId: 'data-manager' })
    const hint = await screen.findByText(/from only\s+5 answers/)
    expect(hint).toHaveTextContent(/too few to rely on\s*Median \$95,000 a year/)
    expect(hint).toHaveTextContent('Treat it as a hint, not a figure.')
    expect(screen.queryByText('median a year in US dollars')).not.toBeInTheDocument()
  })

  it('marks and disables filter options that would leave nothing', async () => {
    installFakeApi({
      'salaries:forRole': () => ({
        ...salaries,
        options: {
          ...salaries.options,
          companySize: [
            { value: 'S', label: 'Small', count: 0 },
            { value: 'L', label: 'Large', count: 12 },
          ],
        },
      }),
      'salaries:source': () => source,
    })
    render(SalaryPanel, { id: 'salaries', roleId: 'data-manager' })
    const size = await screen.findByRole('combobox', { name: 'Company size' })
    expect(within(size).getByRole('option', { name: 'Small (none)' })).toBeDisabled()
    expect(within(size).getByRole('option', { name: 'Large (12)' })).toBeEnabled()
  })

  it('says so when the index has no answers for the role', async () => {
    installFakeApi({
      'salaries:forRole': () => ({ ...salaries, matchedTitles: [], overall: none }),
      'salaries:source': () => source,
    })
    render(SalaryPanel, { id: 'salaries', roleId: 'data-manager' })
    await screen.findByText(/has no answers from people titled “Data Manager”/)
  })
})
