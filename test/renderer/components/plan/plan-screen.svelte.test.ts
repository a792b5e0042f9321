import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import {
  PlanScreen,
  type PlanScreenDeps,
} from '../../../../src/renderer/src/components/plan/plan-screen.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { EMPTY_PROGRESS, type ProgressState } from '@shared/domain/progress/types'
import type { PlanItemDetail, PlanDetail } from '@shared/domain/progress/views'

const at = '2026-11-29T08:00:00.000Z'
const item = (
  key: PlanItemDetail['key'],
  label: string,
  group: PlanItemDetail['group'] = 'custom',
): PlanItemDetail => ({
  key,
  label,
  group,
  state: EMPTY_PROGRESS,
  updatedAt: undefined,
  alsoIn: [],
})

const plan: PlanDetail = {
  id: 'plan-1',
  title: 'Evening study',
  source: { kind: 'empty' },
  sourceLabel: 'Your own plan',
  archived: false,
  createdAt: at,
  updatedAt: at,
  counts: { total: 3, done: 0, learning: 0, skipped: 0, todo: 3, percent: 0 },
  items: [
    item('tip:portfolio', 'Build a portfolio', 'tips'),
    item('custom:guide', 'Read the guide'),
    item('custom:query', 'Write a query'),
  ],
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}

/** A PlanScreen over fake calls; `calls` overrides the ones a test cares about. */
function screenWith(calls: Record<string, (...args: never[]) => unknown> = {}) {
  const fn = (name: string, fallback: (...args: never[]) => unknown) =>
    vi.fn(calls[name] ?? fallback)
  const plans = {
    get: fn('get', () => Promise.resolve(structuredClone(plan))),
    moveItem: fn('moveItem', () => Promise.resolve(plan)),
    removeItem: fn('removeItem', () => Promise.resolve(plan)),
    restoreItem: fn('restoreItem', () => Promise.resolve(plan)),
    reset: fn('reset', () => Promise.resolve({ batchId: 'batch-1' })),
    update: fn('update', () => Promise.resolve(plan)),
    addItem: fn('addItem', () => Promise.resolve(plan)),
    editItem: fn('editItem', () => Promise.resolve(plan)),
    delete: fn('delete', () => Promise.resolve(undefined)),
    restore: fn('restore', () => Promise.resolve(undefined)),
  }
  const progress = {
    set: fn('set', (input: { key: string } & Partial<ProgressState>) =>
      Promise.resolve({
        value: { ...EMPTY_PROGRESS, ...input, updatedAt: at },
        batchId: 'b',
      }),
    ),
    undo: fn('undo', () => Promise.resolve(undefined)),
  }
  const toasts = { show: vi.fn(), offerUndo: vi.fn() }
  const navigate = vi.fn()
  const deps = { client: { plans, progress }, toasts, navigate }
  const screen = new PlanScreen('plan-1', deps as unknown as PlanScreenDeps)
  return { screen, plans, progress, toasts, navigate }
}

/** The newest undo offered: its message and the plain-data step its Undo would run. */
function lastUndo(toasts: { offerUndo: ReturnType<typeof vi.fn> }): [string, unknown] {
  const call = toasts.offerUndo.mock.calls.at(-1)
  if (!call) throw new Error('no toast offered an undo')
  return [call[0] as string, call[1]]
}

describe('PlanScreen', () => {
  it('opens the plan of its id, today or as of a day', async () => {
    const { screen, plans } = screenWith()
    await screen.open(undefined)
    expect(screen.view?.title).toBe('Evening study')
    expect(screen.readOnly).toBe(false)
    await screen.open('2026-11-01')
    expect(plans.get).toHaveBeenLastCalledWith({ id: 'plan-1', asOf: '2026-11-01' })
    expect(screen.readOnly).toBe(true)
  })

  it('groups items in plan order', async () => {
    const { screen } = screenWith()
    await screen.open(undefined)
    expect(screen.itemsByGroup.tips.map((each) => each.label)).toEqual(['Build a portfolio'])
    expect(screen.itemsByGroup.custom.map((each) => each.label)).toEqual([
      'Read the guide',
      'Write a query',
    ])
  })

  it('shows a tick and its count before main answers, then keeps it without a refetch', async () => {
    const saved = deferred<{ value: ProgressState & { key: string; updatedAt: string } }>()
    const { screen, plans } = screenWith({ set: () => saved.promise })
    await screen.open(undefined)
    const guide = screen.itemsByGroup.custom[0]
    if (!guide) throw new Error('the plan has a custom item')
    const ticking = screen.setProgress(guide, { status: 'done' })
    expect(screen.asShown(guide).state.status).toBe('done')
    expect(screen.counts?.done).toBe(1)
    saved.resolve({ value: { ...EMPTY_PROGRESS, status: 'done', key: guide.key, updatedAt: at } })
    await ticking
    expect(screen.asShown(guide).state.status).toBe('done')
    expect(plans.get).toHaveBeenCalledTimes(1)
  })

  it('sends a tick to main just after the frame that shows it, not inside the click', async () => {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    )
    vi.stubGlobal('cancelAnimationFrame', () => undefined)
    try {
      const { screen, progress } = screenWith()
      await screen.open(undefined)
      const guide = screen.itemsByGroup.custom[0]
      if (!guide) throw new Error('the plan has a custom item')
      const ticking = screen.setProgress(guide, { status: 'done' })
      expect(screen.asShown(guide).state.status).toBe('done')
      expect(screen.counts?.done).toBe(1)
      expect(progress.set).not.toHaveBeenCalled()
      for (const frame of frames.splice(0)) frame(0)
      await ticking
      expect(progress.set).toHaveBeenCalledExactlyOnceWith({ key: guide.key, status: 'done' })
      expect(screen.asShown(guide).state.status).toBe('done')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('redraws only the ticked row and the counts, the first tick after opening included', async () => {
    const { screen } = screenWith()
    await screen.open(undefined)
    // Drawn as the view draws them: the list from rowsOf, each row an effect of its own that
    // runs again when its row would be drawn again.
    const drawn = new Map<string, number>()
    const stop = $effect.root(() => {
      const rows = [...screen.rowsOf('tips', 20), ...screen.rowsOf('custom', 20)]
      for (const { item } of rows) {
        $effect(() => {
          void screen.asShown(item).state.status
          drawn.set(item.label, (drawn.get(item.label) ?? 0) + 1)
        })
      }
    })
    try {
      flushSync()
      const [portfolio] = screen.itemsByGroup.tips
      const [guide, query] = screen.itemsByGroup.custom
      if (!portfolio || !guide || !query) throw new Error('the plan has three items')
      expect([...drawn.values()]).toEqual([1, 1, 1])
      await screen.setProgress(guide, { status: 'done' })
      flushSync()
      expect(Object.fromEntries(drawn)).toEqual({
        'Build a portfolio': 1,
        'Read the guide': 2,
        'Write a query': 1,
      })
      await screen.setProgress(query, { status: 'done' })
      flushSync()
      await screen.setProgress(guide, { status: 'learning' })
      flushSync()
      expect(Object.fromEntries(drawn)).toEqual({
        'Build a portfolio': 1,
        'Read the guide': 3,
        'Write a query': 2,
      })
      expect(screen.asShown(guide).state.status).toBe('learning')
      expect(screen.counts).toMatchObject({ done: 1, learning: 1, todo: 1, percent: 33 })
    } finally {
      stop()
    }
  })

  it('lists the first rows of a group with the ends of the whole group marked', async () => {
    const { screen } = screenWith()
    await screen.open(undefined)
    expect(
      screen.rowsOf('custom', 1).map(({ item, isFirst, isLast }) => [item.label, isFirst, isLast]),
    ).toEqual([['Read the guide', true, false]])
    expect(
      screen.rowsOf('custom', 20).map(({ item, isFirst, isLast }) => [item.label, isFirst, isLast]),
    ).toEqual([
      ['Read the guide', true, false],
      ['Write a query', false, true],
    ])
  })

  it('shows a first tick in a drawing of an item that rowsOf did not list', async () => {
    const { screen } = screenWith()
    await screen.open(undefined)
    const [guide] = screen.itemsByGroup.custom
    if (!guide) throw new Error('the plan has a custom item')
    const shown: string[] = []
    const stop = $effect.root(() => {
      $effect(() => {
        shown.push(screen.asShown(guide).state.status)
      })
    })
    try {
      flushSync()
      await screen.setProgress(guide, { status: 'done' })
      flushSync()
      expect(shown).toEqual(['todo', 'done'])
    } finally {
      stop()
    }
  })

  it('counts a tick main is still saving from what a plan fetched meanwhile holds', async () => {
    const saved = deferred<{ value: ProgressState & { key: string; updatedAt: string } }>()
    const learning = { ...EMPTY_PROGRESS, status: 'learning' as const }
    // Main's plan, fetched again while the tick is saved: the item is "learning" there now.
    const fetchedAgain: PlanDetail = {
      ...plan,
      counts: { ...plan.counts, learning: 1, todo: 2 },
      items: plan.items.map((each) =>
        each.key === 'custom:guide' ? { ...each, state: learning } : each,
      ),
    }
    const gets = [plan, fetchedAgain]
    const { screen } = screenWith({
      get: () => Promise.resolve(structuredClone(gets.shift() ?? fetchedAgain)),
      set: () => saved.promise,
    })
    await screen.open(undefined)
    const guide = screen.itemsByGroup.custom[0]
    if (!guide) throw new Error('the plan has a custom item')
    // Read as the progress bar reads them, so they are worked out whenever the plan changes.
    const shown: unknown[] = []
    const stop = $effect.root(() => {
      $effect(() => {
        shown.push(screen.counts)
      })
    })
    try {
      const ticking = screen.setProgress(guide, { status: 'done' })
      await screen.load()
      flushSync()
      expect(shown.at(-1)).toMatchObject({ done: 1, learning: 0, todo: 2 })
      saved.resolve({ value: { ...EMPTY_PROGRESS, status: 'done', key: guide.key, updatedAt: at } })
      await ticking
      flushSync()
      expect(shown.at(-1)).toMatchObject({ done: 1, learning: 0, todo: 2 })
    } finally {
      stop()
    }
  })

  it('takes back a tick main refused, says why, and shows the plan main holds', async () => {
    const { screen, plans, toasts } = screenWith({
      set: () => Promise.reject(new ApiError('not-found', 'That item is gone.')),
    })
    await screen.open(undefined)
    const guide = screen.itemsByGroup.custom[0]
    if (!guide) throw new Error('the plan has a custom item')
    await screen.setProgress(guide, { status: 'done' })
    expect(toasts.show).toHaveBeenCalledWith('That item is gone.')
    expect(screen.asShown(guide).state.status).toBe('todo')
    expect(screen.counts?.done).toBe(0)
    expect(plans.get).toHaveBeenCalledTimes(2)
  })

  it('lets the later of two quick ticks decide what the row shows', async () => {
    const answers = [deferred<unknown>(), deferred<unknown>()]
    let sent = 0
    const { screen } = screenWith({ set: () => answers[sent++]?.promise })
    await screen.open(undefined)
    const guide = screen.itemsByGroup.custom[0]
    if (!guide) throw new Error('the plan has a custom item')
    const first = screen.setProgress(guide, { status: 'learning' })
    const second = screen.setProgress(guide, { status: 'done' })
    const record = { ...EMPTY_PROGRESS, key: guide.key, updatedAt: at }
    answers[0]?.resolve({ value: { ...record, status: 'learning' } })
    await first
    expect(screen.asShown(guide).state.status).toBe('done')
    answers[1]?.resolve({ value: { ...record, status: 'done' } })
    await second
    expect(screen.asShown(guide).state.status).toBe('done')
  })

  it('moves an item within its own group only', async () => {
    const { screen, plans } = screenWith()
    await screen.open(undefined)
    const [guide, query] = screen.itemsByGroup.custom
    if (!guide || !query) throw new Error('the plan has two custom items')
    expect(await screen.move(guide, -1)).toBe(false)
    expect(plans.moveItem).not.toHaveBeenCalled()
    expect(await screen.move(query, -1)).toBe(true)
    expect(plans.moveItem).toHaveBeenCalledWith({ id: 'plan-1', key: query.key, toIndex: 1 })
  })

  it('removes an item with an undo that puts it back where it was', async () => {
    const { screen, plans, toasts } = screenWith()
    await screen.open(undefined)
    const query = screen.itemsByGroup.custom[1]
    if (!query) throw new Error('the plan has two custom items')
    await screen.remove(query)
    expect(lastUndo(toasts)).toEqual([
      'Removed “Write a query”. Its progress is kept.',
      {
        kind: 'restore-plan-item',
        planId: 'plan-1',
        item: { key: query.key, label: 'Write a query', group: 'custom' },
        index: 2,
      },
    ])
    expect(plans.restoreItem).not.toHaveBeenCalled()
  })

  it('says there is nothing to reset instead of offering an undo of nothing', async () => {
    const { screen, toasts } = screenWith({ reset: () => Promise.resolve({ batchId: '' }) })
    await screen.open(undefined)
    await screen.reset()
    expect(toasts.show).toHaveBeenCalledWith('Nothing to reset: no item has progress yet.')
  })

  it("deletes the plan, goes to the list, and its undo carries this plan's id", async () => {
    const { screen, toasts, navigate } = screenWith()
    await screen.open(undefined)
    await screen.delete()
    expect(navigate).toHaveBeenCalledWith({ name: 'plans', showArchived: false })
    expect(lastUndo(toasts)).toEqual([
      'Deleted “Evening study”.',
      { kind: 'restore-plan', id: 'plan-1' },
    ])
  })

  it('shows no tick of today on a past day', async () => {
    const saved = deferred<unknown>()
    const { screen } = screenWith({ set: () => saved.promise })
    await screen.open(undefined)
    const guide = screen.itemsByGroup.custom[0]
    if (!guide) throw new Error('the plan has a custom item')
    const ticking = screen.setProgress(guide, { status: 'done' })
    await screen.open('2026-11-01')
    expect(screen.asShown(guide).state.status).toBe('todo')
    saved.resolve({ value: { ...EMPTY_PROGRESS, key: guide.key, status: 'done', updatedAt: at } })
    await ticking
    expect(screen.asShown(guide).state.status).toBe('todo')
  })
})
