import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { toasts } from '../../../src/renderer/src/lib/state/toasts.svelte'
import FitRoleView from '../../../src/renderer/src/views/FitRoleView.svelte'
import type { RoleFitDetail } from '@shared/domain/fit/types'
import { AppError } from '@shared/ipc/result'
import { need } from '../components/skills/fit-fixture'
import { installFakeApi } from '../fake-api'

const at = '2026-11-01T10:00:00.000Z'
const counts = { total: 0, done: 0, learning: 0, skipped: 0, todo: 0, percent: 0 }
const summary = (id: string, title: string) => ({
  id,
  title,
  source: { kind: 'empty' as const },
  sourceLabel: 'Your own plan',
  archived: false,
  createdAt: at,
  updatedAt: at,
  counts,
})

const fit: RoleFitDetail = {
  roleId: 'ml-engineer',
  roleName: 'Machine Learning Engineer',
  score: 62,
  strengths: [need('Python', 4)],
  gaps: [
    need('PyTorch', 1, { gain: 12 }),
    need('Docker', 0, { rated: false, gain: 6, as: 'tool' }),
  ],
  needs: [need('Python', 4), need('PyTorch', 1), need('Docker', 0, { rated: false })],
  history: [],
}

describe('FitRoleView', () => {
  it('shows the fit, its band, and the gaps most useful first', async () => {
    installFakeApi({ 'fit:role': () => fit, 'plans:list': () => [] })
    render(FitRoleView, { roleId: 'ml-engineer' })
    expect(
      await screen.findByRole('heading', { name: 'Your fit for Machine Learning Engineer' }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Fit 62 out of 100')).toBeInTheDocument()
    expect(screen.getByText('Within reach')).toBeInTheDocument()
    const gaps = screen.getByRole('list', { name: 'Gaps for Machine Learning Engineer' })
    const items = within(gaps).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent('+12 PyTorch (skill, your level: Aware)')
    expect(items[1]).toHaveTextContent('+6 Docker (tool, not rated)')
  })

  it('says there is nothing to learn when every need is rated 3 or more', async () => {
    installFakeApi({
      'fit:role': () => ({ ...fit, score: 100, gaps: [] }),
      'plans:list': () => [],
    })
    render(FitRoleView, { roleId: 'ml-engineer' })
    expect(await screen.findByText(/No gaps: you rate every skill and tool/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add to plan' })).toBeNull()
  })

  it('makes a new plan of the gaps, says how many went in, and offers that plan next', async () => {
    const created: unknown[] = []
    const plans = [summary('plan-1', 'Evening study')]
    installFakeApi({
      'fit:role': () => fit,
      'plans:list': () => plans,
      'plans:create': (input) => {
        created.push(input)
        const plan = summary('plan-2', 'Gaps for Machine Learning Engineer')
        plans.push(plan)
        return { ...plan, items: [] }
      },
    })
    const user = userEvent.setup()
    render(FitRoleView, { roleId: 'ml-engineer' })
    const choice = await screen.findByRole('combobox', { name: 'Add these 2 to' })
    await screen.findByRole('option', { name: 'Evening study' })
    expect(choice).toHaveValue('')
    await user.click(screen.getByRole('button', { name: 'Add to plan' }))
    await waitFor(() =>
      expect(toasts.latest?.message).toBe('Added 2 items to “Gaps for Machine Learning Engineer”.'),
    )
    expect(created).toEqual([
      {
        source: { kind: 'empty' },
        title: 'Gaps for Machine Learning Engineer',
        keys: ['skill:pytorch', 'skill:docker'],
      },
    ])
    // A second click extends the new plan rather than making a twin of it.
    await waitFor(() => expect(choice).toHaveValue('plan-2'))
  })

  it('says why the fit could not be worked out, and tries again', async () => {
    let fails = true
    installFakeApi({
      'fit:role': () => {
        if (fails) throw new AppError('not-found', 'That role is no longer in your library.')
        return fit
      },
      'plans:list': () => [],
    })
    const user = userEvent.setup()
    render(FitRoleView, { roleId: 'ml-engineer' })
    expect(await screen.findByText('That role is no longer in your library.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All roles' })).toHaveAttribute('href', '#/fit')
    fails = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByRole('heading', { name: 'Your fit for Machine Learning Engineer' }),
    ).toBeInTheDocument()
  })
})
