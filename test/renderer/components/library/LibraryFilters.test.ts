import { fireEvent, render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import LibraryFilters from '../../../../src/renderer/src/components/library/LibraryFilters.svelte'
import type { LibraryQuery } from '@shared/domain/library'

const facets = {
  industries: [
    { id: 'finance', name: 'Finance', roleCount: 2 },
    { id: 'health', name: 'Health care', roleCount: 5 },
  ],
  tools: [{ id: 'tableau', name: 'Tableau', roleCount: 3 }],
  families: [{ id: 'ml', name: 'ML and AI', roleCount: 4 }],
  educations: [{ id: 'bachelor', name: 'Bachelor’s degree', roleCount: 9 }],
}

function renderFilters(query: LibraryQuery = { text: '' }) {
  const onchange = vi.fn<(query: LibraryQuery) => void>()
  render(LibraryFilters, { query, ...facets, onchange })
  return onchange
}

function choose(label: string | RegExp, value: string): void {
  // A change event as the browser sends it once an option is picked.
  const select = screen.getByRole('combobox', { name: label }) as HTMLSelectElement
  select.value = value
  void fireEvent.change(select)
}

describe('LibraryFilters', () => {
  it('is a search form whose every control is labelled', () => {
    renderFilters()
    const form = screen.getByRole('search')
    expect(within(form).getByRole('searchbox', { name: 'Search roles' })).toBeInTheDocument()
    for (const label of [
      'Family',
      'Entry education',
      'Growth to 2034',
      'Median salary',
      'Industry',
      'Tool',
      'Sort by',
    ]) {
      expect(within(form).getByRole('combobox', { name: label })).toBeInTheDocument()
    }
  })

  it('lists each facet with how many roles it holds, after the choice that filters nothing', () => {
    renderFilters()
    const industry = screen.getByRole('combobox', { name: 'Industry' })
    expect(
      within(industry)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All industries', 'Finance (2)', 'Health care (5)'])
  })

  it('offers growth and salary floors in words', () => {
    renderFilters()
    const growth = screen.getByRole('combobox', { name: 'Growth to 2034' })
    expect(
      within(growth)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any growth', 'Growing', 'Growing over 5%', 'Growing over 10%', 'Growing over 20%'])
    const salary = screen.getByRole('combobox', { name: 'Median salary' })
    expect(
      within(salary)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any salary', '$100k or more', '$150k or more', '$200k or more'])
  })

  it('sends the text as it is typed, keeping the other filters', async () => {
    const onchange = renderFilters({ text: '', toolId: 'tableau' })
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search roles' }), 'S')
    expect(onchange).toHaveBeenLastCalledWith({ text: 'S', toolId: 'tableau' })
  })

  it('sends a chosen facet, and "all" as no filter at all', () => {
    const onchange = renderFilters({ text: 'data', industryId: 'finance' })
    choose('Family', 'ml')
    expect(onchange).toHaveBeenLastCalledWith({
      text: 'data',
      industryId: 'finance',
      familyId: 'ml',
    })
    choose('Industry', '')
    expect(onchange).toHaveBeenLastCalledWith({ text: 'data', industryId: undefined })
  })

  it('sends growth and salary floors as numbers, and "any" as none', () => {
    const onchange = renderFilters({ text: '' })
    choose('Growth to 2034', '10')
    expect(onchange).toHaveBeenLastCalledWith({ text: '', minGrowth: 10 })
    choose('Median salary', '150000')
    expect(onchange).toHaveBeenLastCalledWith({ text: '', minSalary: 150_000 })
    choose('Growth to 2034', '')
    expect(onchange).toHaveBeenLastCalledWith({ text: '', minGrowth: undefined })
  })

  it('shows the filters the query holds', () => {
    renderFilters({ text: 'ml', minGrowth: 0, minSalary: 200_000, sort: 'salary' })
    expect(screen.getByRole('searchbox', { name: 'Search roles' })).toHaveValue('ml')
    expect(screen.getByRole('combobox', { name: 'Growth to 2034' })).toHaveDisplayValue('Growing')
    expect(screen.getByRole('combobox', { name: 'Median salary' })).toHaveDisplayValue(
      '$200k or more',
    )
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue(
      'Median salary, highest first',
    )
  })

  it('sorts by name unless told otherwise, and sends name as no sort', () => {
    const onchange = renderFilters({ text: '', sort: 'fit' })
    choose('Sort by', 'name')
    expect(onchange).toHaveBeenLastCalledWith({ text: '', sort: undefined })
    choose('Sort by', 'growth')
    expect(onchange).toHaveBeenLastCalledWith({ text: '', sort: 'growth' })
  })

  it('offers no Clear while only the sort is chosen', () => {
    renderFilters({ text: '', sort: 'growth' })
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull()
  })

  it('clears every filter but keeps the sort', async () => {
    const onchange = renderFilters({ text: 'sql', toolId: 'tableau', sort: 'growth' })
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }))
    expect(onchange).toHaveBeenLastCalledWith({ text: '', sort: 'growth' })
  })
})
