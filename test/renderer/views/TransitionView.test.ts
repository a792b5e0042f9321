import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import TransitionView from '../../../src/renderer/src/views/TransitionView.svelte'
import type { Transition } from '@shared/domain/compare/types'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

const provenance = { origin: 'catalog' as const, articleIds: [] }
const none = { skills: [], tools: [], industries: [] }

const move: Transition = {
  from: { id: 'analyst', name: 'Data Analyst' },
  to: { id: 'ml-engineer', name: 'ML Engineer' },
  score: 41,
  needed: {
    skills: [{ id: 'deep-learning', name: 'Deep learning', kind: 'concept' }],
    tools: [
      { id: 'pytorch', name: 'PyTorch', kind: 'framework' },
      { id: 'docker', name: 'Docker', kind: 'tool' },
    ],
    industries: [],
  },
  carriedOver: {
    skills: [{ id: 'python', name: 'Python', kind: 'language' }],
    tools: [],
    industries: [{ id: 'finance', name: 'Finance', kind: 'industry' }],
  },
  tips: [
    { id: 'kaggle', text: 'Enter a Kaggle competition.', entityIds: [], provenance },
    { id: 'deploy', text: 'Deploy one model end to end.', entityIds: [], provenance },
  ],
}

afterEach(() => {
  window.location.hash = ''
})

function regionNamed(name: string): HTMLElement {
  return screen.getByRole('region', { name })
}

describe('TransitionView', () => {
  it('sums up the move: how similar, what carries over and what is left to learn', async () => {
    installFakeApi({ 'compare:transition': () => move })
    render(TransitionView, { fromId: 'analyst', toId: 'ml-engineer' })
    expect(
      await screen.findByRole('heading', { name: 'From Data Analyst to ML Engineer' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        '41/100 similar. You would bring 2 of what an ML Engineer needs, and have 3 things to learn.',
      ),
    ).toBeInTheDocument()
  })

  it('lists what is needed as searches of the library, grouped by kind', async () => {
    installFakeApi({ 'compare:transition': () => move })
    render(TransitionView, { fromId: 'analyst', toId: 'ml-engineer' })
    await screen.findByRole('heading', { name: 'From Data Analyst to ML Engineer' })
    const needed = regionNamed('What ML Engineer needs that Data Analyst does not')
    expect(within(needed).getByRole('heading', { name: 'Tools' })).toBeInTheDocument()
    expect(within(needed).queryByRole('heading', { name: 'Industries' })).toBeNull()
    expect(within(needed).getByRole('link', { name: 'PyTorch' })).toHaveAttribute(
      'href',
      '#/library?q=PyTorch',
    )
    const carried = regionNamed('What carries over')
    expect(within(carried).getByText('Python')).toBeInTheDocument()
    expect(within(carried).getByText('Finance')).toBeInTheDocument()
  })

  it('lists the target role’s practical tips in order', async () => {
    installFakeApi({ 'compare:transition': () => move })
    render(TransitionView, { fromId: 'analyst', toId: 'ml-engineer' })
    await screen.findByRole('heading', { name: 'From Data Analyst to ML Engineer' })
    const tips = regionNamed('How to get started as an ML Engineer')
    expect(
      within(tips)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Enter a Kaggle competition.', 'Deploy one model end to end.'])
  })

  it('says so when everything carries over and nothing is recorded to start with', async () => {
    installFakeApi({
      'compare:transition': () => ({
        ...move,
        needed: none,
        carriedOver: none,
        tips: [],
      }),
    })
    render(TransitionView, { fromId: 'analyst', toId: 'ml-engineer' })
    expect(await screen.findByText('Nothing new: everything carries over.')).toBeInTheDocument()
    expect(screen.getByText('Nothing in common yet: this is a fresh start.')).toBeInTheDocument()
    expect(screen.getByText('No practical tips recorded for this role yet.')).toBeInTheDocument()
  })

  it('offers the next steps, including the move the other way round', async () => {
    installFakeApi({ 'compare:transition': () => move })
    render(TransitionView, { fromId: 'analyst', toId: 'ml-engineer' })
    const next = await screen.findByRole('region', { name: 'Next steps' })
    expect(within(next).getByRole('link', { name: 'Open ML Engineer' })).toHaveAttribute(
      'href',
      '#/roles/ml-engineer',
    )
    expect(within(next).getByRole('link', { name: 'The other way round' })).toHaveAttribute(
      'href',
      '#/compare/transition?from=ml-engineer&to=analyst',
    )
    expect(within(next).getByRole('link', { name: 'Compare side by side' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/compare\?roles=analyst.+ml-engineer/),
    )
  })

  it('makes a plan for the move and opens it', async () => {
    const asked: unknown[] = []
    installFakeApi({
      'compare:transition': () => move,
      'plans:create': (input) => {
        asked.push(input)
        return { id: 'plan-9' } as never
      },
    })
    const user = userEvent.setup()
    render(TransitionView, { fromId: 'analyst', toId: 'ml-engineer' })
    await user.click(await screen.findByRole('button', { name: 'Make a learning plan from this' }))
    await waitFor(() => expect(window.location.hash).toBe('#/plans/plan-9'))
    expect(asked).toEqual([
      { source: { kind: 'transition', fromId: 'analyst', toId: 'ml-engineer' } },
    ])
  })

  it('says why the move could not be worked out, with a way back', async () => {
    installFakeApi({
      'compare:transition': () => {
        throw new AppError('not-found', 'ML Engineer is no longer in your library.')
      },
    })
    render(TransitionView, { fromId: 'analyst', toId: 'ml-engineer' })
    expect(await screen.findByText('ML Engineer is no longer in your library.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute(
      'href',
      '#/library',
    )
  })
})
