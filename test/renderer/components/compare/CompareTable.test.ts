import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import CompareTable from '../../../../src/renderer/src/components/compare/CompareTable.svelte'
import { twoRoles } from '../../compare-fixture'

function cell(row: string, column: number): HTMLElement {
  const rowHeader = screen.getByRole('rowheader', { name: row })
  const cells = within(rowHeader.closest('tr') as HTMLElement).getAllByRole('cell')
  const found = cells[column]
  if (!found) throw new Error(`no cell ${column} in row ${row}`)
  return found
}

/** Renders the table and waits for its last row, drawn a few frames after the first. */
async function renderWhole(differencesOnly: boolean): Promise<void> {
  render(CompareTable, {
    comparison: twoRoles,
    differencesOnly,
    onmove: vi.fn(),
    onremove: vi.fn(),
  })
  await screen.findByRole('rowheader', { name: 'Practical tips' })
}

describe('CompareTable', () => {
  it('draws the summary at once and the other rows just after', async () => {
    render(CompareTable, {
      comparison: twoRoles,
      differencesOnly: false,
      onmove: vi.fn(),
      onremove: vi.fn(),
    })
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Summary'])
    await screen.findByRole('rowheader', { name: 'Practical tips' })
    expect(screen.getAllByRole('rowheader')).toHaveLength(8)
  })

  it('shows one column per role and one row per section', async () => {
    await renderWhole(false)
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent?.trim())).toEqual([
      'Data Analyst',
      'Data Manager',
    ])
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Summary',
      'Responsibilities',
      'Required skills',
      'Education',
      'Tools and software',
      'Common industries',
      'Outlook',
      'Practical tips',
    ])
    expect(cell('Outlook', 1)).toHaveTextContent('10%')
    expect(cell('Outlook', 1)).toHaveTextContent('Source: U.S. Bureau of Labor Statistics')
  })

  it('marks each entity by words as well as colour', async () => {
    await renderWhole(false)
    expect(cell('Required skills', 0)).toHaveTextContent('Python (shared by all)')
    expect(cell('Tools and software', 0)).toHaveTextContent('Tableau (only this role)')
    expect(cell('Tools and software', 1)).toHaveTextContent('ERwin (only this role)')
  })

  it('hides what all roles share when showing differences only', async () => {
    await renderWhole(true)
    expect(cell('Required skills', 0)).toHaveTextContent('Nothing different')
    expect(cell('Practical tips', 1)).toHaveTextContent('Nothing different')
    expect(cell('Tools and software', 1)).toHaveTextContent('ERwin for modelling')
    expect(cell('Education', 0)).toHaveTextContent('Not stated')
  })

  it('moves and removes columns from the keyboard', async () => {
    const onmove = vi.fn()
    const onremove = vi.fn()
    render(CompareTable, { comparison: twoRoles, differencesOnly: false, onmove, onremove })
    expect(screen.getByRole('button', { name: 'Move Data Analyst left' })).toBeDisabled()
    screen.getByRole('button', { name: 'Move Data Analyst right' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(onmove).toHaveBeenCalledWith(0, 1)
    screen.getByRole('button', { name: 'Remove Data Manager from the comparison' }).focus()
    await userEvent.keyboard('{Enter}')
    expect(onremove).toHaveBeenCalledWith(1)
  })
})
