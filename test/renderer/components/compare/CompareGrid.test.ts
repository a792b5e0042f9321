import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte'
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

/** `count` tools of the first role; the odd-numbered ones hot and in demand, as O*NET flags them. */
function manyTools(count: number): Comparison {
  const entities: Record<string, ComparedEntity> = {}
  for (let i = 0; i < count; i++) {
    const id = `tool-${String(i).padStart(2, '0')}`
    const flags = i % 2 ? { hot: true, inDemand: true, hotAndInDemand: true } : {}
    entities[id] = {
      id,
      name: id,
      kind: 'tool',
      group: 'tools',
      share: 'only',
      roleIds: ['analyst'],
      ...flags,
    }
  }
  return { ...twoRoles, entities }
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

  it('draws the rows that fit in the window first and the rest just after', async () => {
    const many: Record<string, ComparedEntity> = {}
    for (let i = 0; i < 80; i++) {
      const id = `skill-${String(i).padStart(2, '0')}`
      many[id] = {
        id,
        name: id,
        kind: 'concept',
        group: 'skills',
        share: 'some',
        roleIds: ['analyst'],
      }
    }
    const skills = () => screen.getAllByRole('rowheader', { name: /^skill-/ })
    // A 1080-pixel window shows up to 14 rows below the overlap summary: all in the first paint.
    const height = window.innerHeight
    window.innerHeight = 1080
    try {
      renderGrid({ ...twoRoles, entities: many })
      expect(skills()).toHaveLength(15)
      expect(await screen.findByRole('rowheader', { name: /^skill-79/ })).toBeInTheDocument()
      expect(skills()).toHaveLength(80)
      cleanup()
      // In a 600-pixel window the grid starts below the window: its rows wait for that paint.
      window.innerHeight = 600
      renderGrid({ ...twoRoles, entities: many })
      expect(screen.queryAllByRole('rowheader', { name: /^skill-/ })).toHaveLength(0)
      expect(screen.getByRole('rowheader', { name: /^Skills/ })).toHaveTextContent('80')
      expect(await screen.findByRole('rowheader', { name: /^skill-79/ })).toBeInTheDocument()
    } finally {
      window.innerHeight = height
    }
  })

  it('shows tools hot and in demand first and keeps the rest behind "Show N more tools"', async () => {
    const comparison = manyTools(35)
    const { rerender } = render(CompareGrid, {
      comparison,
      differencesOnly: false,
      onmove: vi.fn(),
      onremove: vi.fn(),
    })
    const more = await screen.findByRole('button', { name: 'Show 23 more tools' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    const tools = () => screen.getAllByRole('rowheader', { name: /^tool-/ })
    // The rows below the window's first screen come just after it.
    await waitFor(() => expect(tools()).toHaveLength(12))
    // The odd-numbered tools are flagged; they lead, and say so in words.
    expect(tools()[0]).toHaveAccessibleName('tool-01 hot technology and in demand (only this role)')
    expect(screen.queryByRole('rowheader', { name: /^tool-00/ })).not.toBeInTheDocument()

    more.focus()
    await userEvent.keyboard('{Enter}')
    expect(more).toHaveAttribute('aria-expanded', 'true')
    expect(more).toHaveAccessibleName('Show fewer tools')
    expect(await screen.findByRole('rowheader', { name: /^tool-00/ })).toBeInTheDocument()
    expect(tools()).toHaveLength(35)

    // Another selection keeps the list open.
    await rerender({ comparison: manyTools(20) })
    expect(screen.getAllByRole('rowheader', { name: /^tool-/ })).toHaveLength(20)
    expect(screen.getByRole('button', { name: 'Show fewer tools' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Show fewer tools' }))
    expect(screen.getByRole('button', { name: 'Show 8 more tools' })).toBeInTheDocument()
  })

  it('draws "Show N more tools" with the last tool row shown, not before it', async () => {
    const height = window.innerHeight
    // The grid starts below a 600-pixel window: no row comes with the first paint.
    window.innerHeight = 600
    try {
      renderGrid(manyTools(35))
      expect(screen.queryByRole('button', { name: /more tools/ })).not.toBeInTheDocument()
      expect(await screen.findByRole('button', { name: 'Show 23 more tools' })).toBeInTheDocument()
      expect(screen.getAllByRole('rowheader', { name: /^tool-/ })).toHaveLength(12)
    } finally {
      window.innerHeight = height
    }
  })

  it('offers no button when the tools fit', async () => {
    renderGrid(manyTools(12))
    await waitFor(() =>
      expect(screen.getAllByRole('rowheader', { name: /^tool-/ })).toHaveLength(12),
    )
    expect(screen.queryByRole('button', { name: /more tools/ })).not.toBeInTheDocument()
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
