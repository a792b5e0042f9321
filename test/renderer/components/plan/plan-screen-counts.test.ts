import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import {
  PlanScreen,
  type PlanScreenDeps,
} from '../../../../src/renderer/src/components/plan/plan-screen.svelte'
import {
  moved,
  NO_MOVES,
  withMoves,
} from '../../../../src/renderer/src/components/plan/status-moves'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { countStatuses } from '@shared/domain/progress/count-statuses'
import {
  EMPTY_PROGRESS,
  progressStatuses,
  type ProgressState,
  type ProgressStatus,
} from '@shared/domain/progress/types'
import type { PlanDetail, PlanItemDetail } from '@shared/domain/progress/views'

const at = '2026-11-29T08:00:00.000Z'
const KEYS = ['custom:a', 'custom:b', 'custom:c', 'custom:d'] as const

/**
 * A fake main holding each item's status: it saves a tick unless told to refuse it, and its
 * plan is counted from what it holds, as main's is.
 */
function fakeMain(start: readonly ProgressStatus[]) {
  const held = new Map<string, ProgressStatus>(KEYS.map((key, i) => [key, start[i] ?? 'todo']))
  let refuseNext = false
  const planNow = (): PlanDetail => {
    const items: PlanItemDetail[] = KEYS.map((key) => ({
      key,
      label: key,
      group: 'custom',
      state: { ...EMPTY_PROGRESS, status: held.get(key) ?? 'todo' },
      updatedAt: undefined,
      alsoIn: [],
    }))
    return {
      id: 'plan-1',
      title: 'Counts',
      source: { kind: 'empty' },
      sourceLabel: 'Your own plan',
      archived: false,
      createdAt: at,
      updatedAt: at,
      counts: countStatuses(items.map((item) => item.state.status)),
      items,
    }
  }
  const client = {
    plans: { get: vi.fn(() => Promise.resolve(planNow())) },
    progress: {
      set: vi.fn((input: { key: string } & Partial<ProgressState>) => {
        if (refuseNext) {
          refuseNext = false
          return Promise.reject(new ApiError('not-found', 'That item is gone.'))
        }
        if (input.status) held.set(input.key, input.status)
        const status = held.get(input.key) ?? 'todo'
        return Promise.resolve({ value: { ...EMPTY_PROGRESS, status, key: input.key } })
      }),
    },
  }
  const deps = { client, toasts: { show: vi.fn(), offerUndo: vi.fn() }, navigate: vi.fn() }
  return {
    screen: new PlanScreen('plan-1', deps as unknown as PlanScreenDeps),
    refuseNext: () => (refuseNext = true),
  }
}

/** What a user reads: the counts of the statuses every row shows. */
function countsShown(screen: PlanScreen) {
  return countStatuses((screen.view?.items ?? []).map((item) => screen.asShown(item).state.status))
}

const status = fc.constantFrom(...progressStatuses)
const step = fc.oneof(
  fc.record({
    kind: fc.constant('tick' as const),
    item: fc.nat(KEYS.length - 1),
    status,
    refused: fc.boolean(),
    answered: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('fetch' as const) }),
)

describe('the plan’s counts as ticks come and go', () => {
  it('always count what the rows show: ticks saved, still saving, taken back, refused, fetched', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(status, { minLength: KEYS.length, maxLength: KEYS.length }),
        fc.array(step, { maxLength: 25 }),
        async (start, steps) => {
          const main = fakeMain(start)
          const { screen } = main
          await screen.open(undefined)
          const saving: Promise<void>[] = []
          for (const each of steps) {
            if (each.kind === 'fetch') {
              await screen.load()
            } else {
              const item = screen.view?.items[each.item]
              if (!item) throw new Error('the plan lists every item')
              if (each.refused) main.refuseNext()
              const ticking = screen.setProgress(item, { status: each.status })
              if (each.answered) await ticking
              else saving.push(ticking)
            }
            expect(screen.counts).toEqual(countsShown(screen))
          }
          await Promise.all(saving)
          expect(screen.counts).toEqual(countsShown(screen))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('are main’s own counts again once every tick is back to main’s status', async () => {
    const { screen } = fakeMain(['todo', 'todo', 'done', 'learning'])
    await screen.open(undefined)
    const mainCounts = screen.counts
    const [a] = screen.view?.items ?? []
    if (!a) throw new Error('the plan lists its items')
    const ticking = screen.setProgress(a, { status: 'done' })
    expect(screen.counts).toMatchObject({ done: 2, todo: 1, percent: 50 })
    await ticking
    await screen.setProgress(a, { status: 'todo' })
    // The very object main sent, so the progress bar is not drawn again for nothing.
    expect(screen.counts).toBe(mainCounts)
  })
})

describe('status moves', () => {
  it('leave the counts as they are when nothing moved', () => {
    const counts = countStatuses(['done', 'todo'])
    expect(withMoves(counts, NO_MOVES)).toBe(counts)
    expect(withMoves(counts, moved(moved(NO_MOVES, 'todo', 'done'), 'done', 'todo'))).toBe(counts)
  })

  it('move the percent with the counts, skipped items not counted', () => {
    const counts = countStatuses(['done', 'todo', 'todo', 'learning'])
    const moves = moved(moved(NO_MOVES, 'todo', 'skipped'), 'learning', 'done')
    expect(withMoves(counts, moves)).toEqual(countStatuses(['done', 'todo', 'skipped', 'done']))
  })
})
