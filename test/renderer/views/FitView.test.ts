import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import FitView from '../../../src/renderer/src/views/FitView.svelte'
import type { RoleFit } from '@shared/domain/fit/types'
import { AppError } from '@shared/ipc/result'
import { need } from '../components/skills/fit-fixture'
import { installFakeApi } from '../fake-api'

const ranking: RoleFit[] = [
  {
    roleId: 'analyst',
    roleName: 'Data Analyst',
    score: 78,
    strengths: [need('SQL', 4)],
    gaps: [need('Tableau', 1)],
  },
  {
    roleId: 'manager',
    roleName: 'Data Manager',
    score: 30,
    strengths: [],
    gaps: [need('ERwin', 0, { rated: false })],
  },
]

describe('FitView', () => {
  it('ranks the roles by fit, each with its score in words and its band', async () => {
    installFakeApi({ 'fit:ranking': () => ranking })
    render(FitView)
    const list = await screen.findByRole('list', { name: 'Roles by fit' })
    const cards = within(list).getAllByRole('article')
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Data Analyst',
      'Data Manager',
    ])
    expect(
      within(cards[0] as HTMLElement).getByText('Fit 78 out of 100: Strong fit'),
    ).toBeInTheDocument()
    expect(
      within(cards[1] as HTMLElement).getByText('Fit 30 out of 100: A stretch'),
    ).toBeInTheDocument()
  })

  it('links each role to its gaps and to a comparison with the next closest role', async () => {
    installFakeApi({ 'fit:ranking': () => ranking })
    render(FitView)
    const manager = await screen.findByRole('article', { name: 'Data Manager' })
    expect(
      within(manager).getByRole('link', { name: 'Gaps and chart for Data Manager' }),
    ).toHaveAttribute('href', '#/fit/manager')
    expect(
      within(manager).getByRole('link', { name: 'Compare Data Manager with the next closest' }),
    ).toHaveAttribute('href', expect.stringContaining('roles=manager'))
    expect(
      within(manager).getByRole('link', { name: 'Compare Data Manager with the next closest' }),
    ).toHaveAttribute('href', expect.stringContaining('analyst'))
  })

  it('tells a user who rated nothing why every role is at 0', async () => {
    installFakeApi({
      'fit:ranking': () => ranking.map((fit) => ({ ...fit, score: 0, strengths: [] })),
    })
    render(FitView)
    const hint = await screen.findByRole('note')
    expect(hint).toHaveTextContent('Nothing rated yet, so every role is at 0.')
    expect(within(hint).getByRole('link', { name: 'Rate a few skills' })).toHaveAttribute(
      'href',
      '#/skills',
    )
  })

  it('shows no such hint once something is rated', async () => {
    installFakeApi({ 'fit:ranking': () => ranking })
    render(FitView)
    await screen.findByRole('list', { name: 'Roles by fit' })
    expect(screen.queryByRole('note')).toBeNull()
  })

  it('says when the fit could not be worked out, and tries again', async () => {
    let fails = true
    installFakeApi({
      'fit:ranking': () => {
        if (fails) throw new AppError('internal', 'Your skills could not be read.')
        return ranking
      },
    })
    const user = userEvent.setup()
    render(FitView)
    expect(await screen.findByText('Your skills could not be read.')).toBeInTheDocument()
    fails = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('list', { name: 'Roles by fit' })).toBeInTheDocument()
  })
})
