import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Store } from '../../../../src/main/store/db'
import { replayLog } from '@shared/domain/progress/replay'
import type { PlanItem, ProgressKey, ProgressRecord } from '@shared/domain/progress/types'
import { AppError } from '@shared/ipc/result'
import { useTempDir } from '../../store/helpers'
import { openServices, type Services } from './fixture'

const catalogKeys: ProgressKey[] = [
  'skill:python',
  'skill:sql',
  'skill:tensorflow',
  'tip:learn-programming',
  'tip:build-portfolio',
]

const statuses = ['todo', 'learning', 'done', 'skipped'] as const

const setOp = fc.record({
  op: fc.constant('set' as const),
  pick: fc.nat(),
  status: fc.option(fc.constantFrom(...statuses), { nil: undefined }),
  level: fc.option(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { nil: undefined }),
  notes: fc.option(fc.constantFrom('', 'Started.', 'Halfway.'), { nil: undefined }),
  links: fc.option(fc.constantFrom([], [{ url: 'https://example.org/course', label: 'Course' }]), {
    nil: undefined,
  }),
})

const operation = fc.oneof(
  { weight: 6, arbitrary: setOp },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('undo' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reset' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('addItem' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('removeItem' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restoreItem' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('advance' as const),
      minutes: fc.integer({ min: 1, max: 3000 }),
    }),
  },
)
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never

function pickFrom<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length]
}

/** Runs one operation through the services; refusals (AppError) are part of the game. */
async function run(services: Services, state: RunState, operation: Operation): Promise<void> {
  const { progress, plans, store, clock } = services
  const ids = store.data.plans.map((plan) => plan.id)
  const customKeys = store.data.plans.flatMap((plan) =>
    plan.items.filter((item) => item.group === 'custom').map((item) => item.key),
  )
  switch (operation.op) {
    case 'set': {
      const key = pickFrom([...catalogKeys, ...customKeys], operation.pick) ?? 'skill:python'
      const { status, level, notes, links } = operation
      const result = await progress.set({
        key,
        status,
        notes,
        links: links && [...links],
        ...(key.startsWith('skill:') ? { level } : {}),
      })
      if (result.batchId !== '') state.batches.push(result.batchId)
      return
    }
    case 'undo': {
      const batchId = pickFrom(state.batches, operation.pick)
      if (batchId === undefined) return
      const result = await progress.undo(batchId)
      if (result.batchId !== '') state.batches.push(result.batchId)
      return
    }
    case 'reset': {
      const id = pickFrom(ids, operation.pick)
      if (id === undefined) return
      const result = await plans.reset(id)
      if (result.batchId !== '') state.batches.push(result.batchId)
      return
    }
    case 'addItem': {
      const id = pickFrom(ids, operation.pick)
      if (id !== undefined) await plans.addItem({ id, label: `Item ${operation.pick}` })
      return
    }
    case 'removeItem': {
      const plan = pickFrom(store.data.plans, operation.pick)
      const item = plan && pickFrom(plan.items, operation.pick)
      if (!plan || !item) return
      await plans.removeItem({ id: plan.id, key: item.key })
      state.removed = { id: plan.id, item }
      return
    }
    case 'restoreItem': {
      if (state.removed)
        await plans.restoreItem({ id: state.removed.id, item: state.removed.item, index: 0 })
      return
    }
    case 'advance':
      clock.advance(operation.minutes)
  }
}

interface RunState {
  batches: string[]
  removed?: { id: string; item: PlanItem }
}

/** What replaying the log says every record must be, sorted by key. */
function expectedRecords(store: Store): ProgressRecord[] {
  const lastChange = new Map(store.data.activity.map((event) => [event.key, event.at]))
  return [...replayLog(store.data.activity)]
    .map(([key, state]) => ({ key, ...state, updatedAt: lastChange.get(key) ?? '' }))
    .sort((a, b) => a.key.localeCompare(b.key))
}

describe('progress records and the activity log', () => {
  const tempDir = useTempDir()

  it('stay equal to replaying the log after long random sequences of service calls', async () => {
    const causes = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 80, maxLength: 120 }), async (ops) => {
        const services = await openServices(await mkdtemp(path.join(tempDir(), 'run-')))
        const { store, plans } = services
        await plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })
        await plans.create({ source: { kind: 'empty' }, title: 'Own' })
        const state: RunState = { batches: [] }
        for (const operation of ops) {
          try {
            await run(services, state, operation)
          } catch (error) {
            if (!(error instanceof AppError)) throw error
          }
        }
        for (const { cause } of store.data.activity) causes.set(cause, (causes.get(cause) ?? 0) + 1)
        const records = [...store.data.progress].sort((a, b) => a.key.localeCompare(b.key))
        expect(records).toEqual(expectedRecords(store))
        expect(new Set(store.data.activity.map((event) => event.id)).size).toBe(
          store.data.activity.length,
        )
        await store.close()
        const reopened = await Store.open(store.filePath)
        expect(reopened.data).toEqual(store.data)
        await reopened.close()
      }),
      { numRuns: 6 },
    )
    // The sequences really did edit, reset and undo, many times over.
    expect(causes.get('edit')).toBeGreaterThan(100)
    expect(causes.get('reset')).toBeGreaterThan(0)
    expect(causes.get('undo')).toBeGreaterThan(10)
  }, 60_000)
})
