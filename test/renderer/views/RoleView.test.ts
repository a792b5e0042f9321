import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import RoleView from '../../../src/renderer/src/views/RoleView.svelte'
import type { RoleDetail } from '@shared/domain/library'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

const provenance = { origin: 'catalog' as const, articleIds: ['dm-vs-ai'] }
const detail: RoleDetail = {
  role: {
    id: 'data-manager',
    name: 'Data Manager',
    aliases: ['Data Management Lead'],
    summary: 'Keeps an organisation’s data organised, safe and usable.',
    origin: 'builtin',
    sections: {
      responsibilities: [
        { id: 'govern', text: 'Set data governance rules', entityIds: [], provenance },
      ],
      skills: [{ id: 'sql', text: 'Fluent SQL', entityIds: ['sql'], provenance }],
      education: [],
      tools: [{ id: 'erwin', text: 'ERwin for data modelling', entityIds: ['erwin'], provenance }],
      industries: [{ id: 'finance', text: 'Finance', entityIds: ['finance'], provenance }],
      tips: [
        {
          id: 'build-portfolio',
          text: 'Build a portfolio',
          entityIds: [],
          provenance: { origin: 'user', articleIds: [] },
        },
      ],
    },
    outlook: {
      statements: [{ id: 'demand', text: 'Demand keeps growing.', entityIds: [], provenance }],
      figures: [
        {
          id: 'bls',
          kind: 'growth',
          label: 'Projected employment growth',
          value: 15,
          unit: 'percent',
          period: '2019–2029',
          source: 'U.S. Bureau of Labor Statistics',
          provenance,
        },
      ],
    },
  },
  entities: {
    sql: { id: 'sql', name: 'SQL', kind: 'language' },
    erwin: { id: 'erwin', name: 'ERwin', kind: 'tool' },
    finance: { id: 'finance', name: 'Finance', kind: 'industry' },
  },
  articles: {
    'dm-vs-ai': {
      id: 'dm-vs-ai',
      title: 'Data Manager vs. AI Programmer',
      published: '2023-12-06',
    },
  },
}

describe('RoleView', () => {
  it('shows every section, figures with their source and period, and where items came from', async () => {
    installFakeApi({ 'roles:get': () => detail })
    render(RoleView, { id: 'data-manager' })
    await screen.findByRole('heading', { level: 1, name: 'Data Manager' })

    const tools = screen.getByRole('region', { name: 'Tools and software' })
    expect(tools).toHaveTextContent('ERwin for data modelling')
    expect(within(tools).getByRole('link', { name: 'Roles that name ERwin' })).toHaveAttribute(
      'href',
      '#/library?q=ERwin',
    )
    expect(within(tools).getByText(/Source: Data Manager vs. AI Programmer/)).toBeInTheDocument()

    expect(screen.getByRole('region', { name: 'Education' })).toHaveTextContent(
      'No education recorded for this role yet.',
    )
    const figures = screen.getByRole('list', { name: 'Outlook figures' })
    expect(figures).toHaveTextContent('15%')
    expect(figures).toHaveTextContent('2019–2029 · Source: U.S. Bureau of Labor Statistics')
    expect(screen.getByRole('region', { name: 'Practical tips' })).toHaveTextContent('Added by you')
    expect(screen.getByRole('region', { name: 'Where this comes from' })).toHaveTextContent(
      'Data Manager vs. AI Programmer · published 6 Dec 2023',
    )
  })

  it('lets the keyboard jump to a section', async () => {
    installFakeApi({ 'roles:get': () => detail })
    render(RoleView, { id: 'data-manager' })
    const contents = await screen.findByRole('navigation', { name: 'On this page' })
    within(contents).getByRole('button', { name: 'Outlook' }).click()
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Outlook' }))
  })

  it('explains a role that cannot be found', async () => {
    installFakeApi({
      'roles:get': ({ id }) => {
        throw new AppError('not-found', `There is no role with the id "${id}".`)
      },
    })
    render(RoleView, { id: 'astronaut' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('There is no role with the id "astronaut".')
    expect(within(alert).getByRole('link', { name: 'Back to the library' })).toHaveAttribute(
      'href',
      '#/library',
    )
    // Asking again cannot bring back a role that is not there.
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull()
  })

  it('offers to try again when the role could not be read', async () => {
    installFakeApi({
      'roles:get': () => {
        throw new AppError('internal', 'The library could not be read.')
      },
    })
    render(RoleView, { id: 'data-manager' })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})
