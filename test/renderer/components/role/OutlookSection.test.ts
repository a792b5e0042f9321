import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import OutlookSection from '../../../../src/renderer/src/components/role/OutlookSection.svelte'
import type { NumberedSource } from '../../../../src/renderer/src/lib/sources'
import type { Role } from '@shared/domain/role'

const article = { id: 'seed-1', title: 'Data Manager vs. Data Analyst' }
const sources = new Map<string, NumberedSource>([
  ['seed-1', { number: 2, article, imported: false }],
])

const outlook: Role['outlook'] = {
  figures: [
    {
      id: 'growth',
      kind: 'growth',
      label: 'Projected growth',
      value: 15,
      unit: 'percent',
      period: '2019–2029',
      source: 'U.S. Bureau of Labor Statistics',
      provenance: { origin: 'catalog', articleIds: ['seed-1'] },
    },
    {
      id: 'pay',
      kind: 'salary',
      label: 'Median pay',
      value: 104_000,
      unit: 'usd-per-year',
      period: '2020',
      source: 'U.S. Bureau of Labor Statistics',
      provenance: { origin: 'catalog', articleIds: [] },
    },
  ],
  statements: [
    {
      id: 'demand',
      text: 'Demand grows as firms keep more data.',
      entityIds: [],
      provenance: { origin: 'user', articleIds: [] },
    },
  ],
} as Role['outlook']

describe('OutlookSection', () => {
  it('shows each figure in words with its period and source', () => {
    render(OutlookSection, { id: 'outlook', outlook, sources })
    const figures = screen.getByRole('list', { name: 'Outlook figures' })
    const [growth, pay] = within(figures).getAllByRole('listitem')
    expect(growth).toHaveTextContent('15%')
    expect(growth).toHaveTextContent('Projected growth')
    expect(growth).toHaveTextContent('2019–2029 · Source: U.S. Bureau of Labor Statistics')
    expect(pay).toHaveTextContent('$104,000 a year')
  })

  it('numbers the article a figure comes from, and names it for screen readers', () => {
    render(OutlookSection, { id: 'outlook', outlook, sources })
    const [growth, pay] = within(
      screen.getByRole('list', { name: 'Outlook figures' }),
    ).getAllByRole('listitem')
    expect(
      within(growth as HTMLElement).getByText('Source: Data Manager vs. Data Analyst'),
    ).toBeInTheDocument()
    expect(
      within(growth as HTMLElement).getByTitle('Data Manager vs. Data Analyst'),
    ).toHaveTextContent('2')
    expect(within(pay as HTMLElement).queryByTitle('Data Manager vs. Data Analyst')).toBeNull()
  })

  it('marks what the user added themselves', () => {
    render(OutlookSection, { id: 'outlook', outlook, sources })
    const statement = screen.getByText(/Demand grows as firms keep more data\./)
    expect(statement).toHaveTextContent('Added by you')
  })

  it('says when no outlook is recorded', () => {
    render(OutlookSection, { id: 'outlook', outlook: { figures: [], statements: [] }, sources })
    expect(screen.getByText('No outlook recorded for this role yet.')).toBeInTheDocument()
    expect(screen.queryByRole('list')).toBeNull()
  })
})
