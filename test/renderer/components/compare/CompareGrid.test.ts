import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import CompareGrid from '../../../../src/renderer/src/components/compare/CompareGrid.svelte'
import type { ComparedEntity, Comparison } from '@shared/domain/compare/types'
import { twoRoles } from '../../compare-fixture'

function renderGrid(comparison: Comparison, differencesOnly = false) {
  const onmove = vi.fn()
  const onremove = vi.fn()
  render(CompareGrid, { comparison, differencesOnly, onmove, onremove })
  return { onmove, onremove }
}

/** What a screen reader hears in each cell of the row headed `name`. */
function said(name: string): string[] {
  const row = screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.querySelector('.sr-only')?.textContent ?? '')
}

describe('CompareGrid', () => {
  it('is a captioned table: roles as column headers, entities as row headers grouped by family', () => {
    renderGrid(twoRoles)
    const table = screen.getByRole('table', { name: /Skills, tools and industries/ })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Data Analyst', 'Data Manager'])
    expect(screen.getByRole('rowheader', { name: /^Skills/ })).toHaveAttribute('scope', 'rowgroup')
    expect(said('Python (shared by all)')).toEqual(['Yes', 'Yes'])
    expect(said('Tableau (only this role)')).toEqual(['Yes', 'No'])
    expect(said('ERwin (only this role)')).toEqual(['No', 'Yes'])
  })

  it('leaves out what all share under "Differences only" and says so', () => {
    renderGrid(twoRoles, true)
    expect(screen.queryByRole('rowheader', { name: /Python/ })).not.toBeInTheDocument()
    expect(screen.getByRole('rowheader', { name: /^Skills/ })).toHaveTextContent(
      '1 shared by all not shown',
    )
    expect(screen.getByText('No differences')).toBeInTheDocument()
  })

  it('draws the rows in view first and the rest just after', async () => {
    const many: Record<string, ComparedEntity> = {}
    for (let i = 0; i < 80; i++) {
      const id = `tool-${String(i).padStart(2, '0')}`
      many[id] = { id, name: id, kind: 'tool', group: 'tools', share: 'some', roleIds: ['analyst'] }
    }
    renderGrid({ ...twoRoles, entities: many })
    expect(screen.getAllByRole('rowheader', { name: /^tool-/ })).toHaveLength(12)
    expect(await screen.findByRole('rowheader', { name: /^tool-79/ })).toBeInTheDocument()
    expect(screen.getAllByRole('rowheader', { name: /^tool-/ })).toHaveLength(80)
  })

  it('moves and removes columns from the header', async () => {
    const { onmove, onremove } = renderGrid(twoRoles)
    await userEvent.click(screen.getByRole('button', { name: 'Move Data Analyst right' }))
    expect(onmove).toHaveBeenCalledWith(0, 1)
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove Data Manager from the comparison' }),
    )
    expect(onremove).toHaveBeenCalledWith(1)
  })
})
