import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import OverlapSummary from '../../../../src/renderer/src/components/compare/OverlapSummary.svelte'
import type { Comparison } from '@shared/domain/compare/types'
import { twoRoles } from '../../compare-fixture'

const formula = 'Similarity = shared ÷ all, out of 100.'
const [analyst, manager] = twoRoles.columns
if (!analyst || !manager) throw new Error('the fixture has two roles')
const noCounts = {
  skills: { shared: 0, onlyFirst: 0, onlySecond: 0 },
  tools: { shared: 0, onlyFirst: 0, onlySecond: 0 },
  industries: { shared: 0, onlyFirst: 0, onlySecond: 0 },
}

/** The two roles and a third, Data Engineer, close to the analyst and far from the manager. */
const threeRoles: Comparison = {
  ...twoRoles,
  columns: [
    ...twoRoles.columns,
    { ...analyst, role: { ...analyst.role, id: 'engineer', name: 'Data Engineer' } },
  ],
  pairs: [
    ...twoRoles.pairs,
    {
      firstId: 'analyst',
      secondId: 'engineer',
      score: 81,
      counts: noCounts,
      shared: [],
      onlyFirst: [],
      onlySecond: [],
      explanation: 'Both write Python every day.',
    },
    {
      firstId: 'manager',
      secondId: 'engineer',
      score: 12,
      counts: noCounts,
      shared: [],
      onlyFirst: [],
      onlySecond: [],
      explanation: 'Little in common.',
    },
  ],
}

describe('OverlapSummary', () => {
  it('explains the one pair of two roles with its score and how it was reckoned', () => {
    render(OverlapSummary, { comparison: twoRoles, formula })
    expect(screen.getByRole('heading', { name: 'How much they overlap' })).toBeInTheDocument()
    expect(screen.getByText(formula)).toBeInTheDocument()
    const pair = screen.getByRole('listitem', { name: 'Data Analyst and Data Manager' })
    expect(within(pair).getByLabelText('Similarity 56 out of 100')).toBeInTheDocument()
    expect(
      within(pair).getByText('Both need Python; only the Data Analyst uses Tableau.'),
    ).toBeInTheDocument()
    // No matrix for a single pair: the pair says it all.
    expect(screen.queryByRole('table', { name: /Similarity of each pair/ })).toBeNull()
  })

  it('counts what the pair shares and what only one of them has', () => {
    render(OverlapSummary, { comparison: twoRoles, formula })
    const counts = screen.getByRole('table', {
      name: 'Shared and unique entities of Data Analyst and Data Manager',
    })
    const tools = within(counts).getByRole('rowheader', { name: 'Tools' }).closest('tr')
    if (!tools) throw new Error('no tools row')
    expect(
      within(tools)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '1', '1'])
    expect(
      within(counts).getByRole('columnheader', { name: 'Only Data Manager' }),
    ).toBeInTheDocument()
  })

  it('links to the move between the two roles in both directions', () => {
    render(OverlapSummary, { comparison: twoRoles, formula })
    expect(screen.getByRole('link', { name: 'From Data Analyst to Data Manager' })).toHaveAttribute(
      'href',
      '#/compare/transition?from=analyst&to=manager',
    )
    expect(screen.getByRole('link', { name: 'From Data Manager to Data Analyst' })).toHaveAttribute(
      'href',
      '#/compare/transition?from=manager&to=analyst',
    )
  })

  it('shows three roles as a matrix of scores, with a dash where a role meets itself', () => {
    render(OverlapSummary, { comparison: threeRoles, formula })
    const matrix = screen.getByRole('table', { name: 'Similarity of each pair, out of 100' })
    const row = within(matrix).getByRole('rowheader', { name: 'Data Engineer' }).closest('tr')
    if (!row) throw new Error('no engineer row')
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent?.trim()),
    ).toEqual(['81', '12', '—'])
  })

  it('keeps each pair’s explanation behind a disclosure until it is opened', async () => {
    const user = userEvent.setup()
    render(OverlapSummary, { comparison: threeRoles, formula })
    expect(screen.queryByText('Little in common.')).toBeNull()
    await user.click(screen.getByText('Why: each pair explained'))
    expect(await screen.findByText('Little in common.')).toBeInTheDocument()
    expect(
      screen.getByRole('listitem', { name: 'Data Manager and Data Engineer' }),
    ).toBeInTheDocument()
  })
})
