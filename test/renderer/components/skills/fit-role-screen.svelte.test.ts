import { describe, expect, it, vi } from 'vitest'
import {
  FitRoleScreen,
  NEW_PLAN,
  type FitRoleScreenDeps,
} from '../../../../src/renderer/src/components/skills/fit-role-screen.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { RoleFitDetail } from '@shared/domain/fit/types'
import { need } from './fit-fixture'

const fit: RoleFitDetail = {
  roleId: 'ml-engineer',
  roleName: 'Machine Learning Engineer',
  score: 40,
  strengths: [need('Python', 4)],
  gaps: [need('PyTorch', 1, { gain: 12 }), need('Docker', 0, { rated: false, gain: 6 })],
  needs: [],
  history: [],
}

const plan = (id: string, title: string, keys: string[] = []) => ({
  id,
  title,
  items: keys.map((key) => ({ key })),
})

/** A FitRoleScreen over fake calls; `calls` overrides the ones a test cares about. */
function screenWith(calls: Record<string, (...args: never[]) => unknown> = {}) {
  const fn = (name: string, fallback: (...args: never[]) => unknown) =>
    vi.fn(calls[name] ?? fallback)
  const plans = {
    list: fn('list', () => Promise.resolve([])),
    create: fn('create', () => Promise.resolve(plan('plan-new', 'Gaps for ML'))),
    get: fn('get', () => Promise.resolve(plan('plan-1', 'Evening study'))),
    addKeys: fn('addKeys', () => Promise.resolve(plan('plan-1', 'Evening study'))),
  }
  const fitCalls = { role: fn('role', () => Promise.resolve(fit)) }
  const toasts = { show: vi.fn() }
  const openPlan = vi.fn()
  const screen = new FitRoleScreen('ml-engineer', {
    client: { plans, fit: fitCalls },
    toasts,
    openPlan,
  } as unknown as FitRoleScreenDeps)
  return { screen, plans, fitCalls, toasts, openPlan }
}

describe('FitRoleScreen', () => {
  it('asks main for this role’s fit and for the open plans only', async () => {
    const { screen, fitCalls, plans } = screenWith()
    await screen.load()
    await screen.loadPlans()
    expect(fitCalls.role).toHaveBeenCalledWith({ roleId: 'ml-engineer' })
    expect(plans.list).toHaveBeenCalledWith({ includeArchived: false })
    expect(screen.detail.value).toEqual(fit)
  })

  it('makes a new plan of the gaps, then extends that plan on a second click', async () => {
    const { screen, plans, toasts } = screenWith()
    expect(screen.target).toBe(NEW_PLAN)
    await screen.addGaps(fit)
    expect(plans.create).toHaveBeenCalledWith({
      source: { kind: 'empty' },
      title: 'Gaps for Machine Learning Engineer',
      keys: ['skill:pytorch', 'skill:docker'],
    })
    expect(toasts.show).toHaveBeenCalledWith(
      'Added 2 items to “Gaps for ML”.',
      expect.objectContaining({ label: 'Open plan' }),
    )
    expect(screen.target).toBe('plan-new')
    // The plan list is asked again, so the new plan is offered in the choice it now holds.
    expect(plans.list).toHaveBeenCalledOnce()
  })

  it('adds to a chosen plan only the gaps it lacks', async () => {
    const { screen, plans, toasts } = screenWith({
      get: () => Promise.resolve(plan('plan-1', 'Evening study', ['skill:pytorch'])),
    })
    screen.target = 'plan-1'
    await screen.addGaps(fit)
    expect(plans.addKeys).toHaveBeenCalledWith({ id: 'plan-1', keys: ['skill:docker'] })
    expect(toasts.show).toHaveBeenCalledWith('Added 1 item to “Evening study”.', expect.anything())
  })

  it('says so when the chosen plan already holds every gap', async () => {
    const { screen, plans, toasts } = screenWith({
      get: () =>
        Promise.resolve(plan('plan-1', 'Evening study', ['skill:pytorch', 'skill:docker'])),
    })
    screen.target = 'plan-1'
    await screen.addGaps(fit)
    expect(plans.addKeys).not.toHaveBeenCalled()
    expect(toasts.show).toHaveBeenCalledWith(
      'Nothing new to add: “Evening study” already has all 2.',
    )
  })

  it('opens the plan from the notification’s action', async () => {
    const { screen, toasts, openPlan } = screenWith()
    await screen.addGaps(fit)
    const action = toasts.show.mock.calls[0]?.[1] as { run: () => void }
    action.run()
    expect(openPlan).toHaveBeenCalledWith('plan-new')
  })

  it('says why the gaps could not be added, and keeps the choice', async () => {
    const { screen, toasts } = screenWith({
      get: () => Promise.reject(new ApiError('not-found', 'That plan was deleted.')),
    })
    screen.target = 'plan-gone'
    await screen.addGaps(fit)
    expect(toasts.show).toHaveBeenCalledWith('That plan was deleted.')
    expect(screen.target).toBe('plan-gone')
  })
})
