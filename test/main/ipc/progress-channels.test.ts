import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../src/main/app-container'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import type { PlanDetail, Dashboard, Undoable } from '@shared/domain/progress/views'
import type { IpcResult } from '@shared/ipc/result'
import { useTempDir } from '../store/helpers'
import { openTestContainer, testDataFile } from './test-container'
import { PLAIN_REFUSAL } from '../../shared/ipc/zod-wording'

/** Stand-ins replaced by the id of a saved plan and the key of its own item. */
const ID = '<plan>'
const KEY = '<custom key>'
const link = (url: string) => ({ url, label: '' })
const item = { key: 'tip:learn-programming', label: 'Learn to program', group: 'tips' }

/** Each bad input the contract refuses before any handler runs. */
const badInputs: [string, string, unknown][] = [
  ['a status not on the list', 'progress:set', { key: 'skill:python', status: 'finished' }],
  ['a level above 4', 'progress:set', { key: 'skill:python', level: 5 }],
  ['a negative level', 'progress:set', { key: 'skill:python', level: -1 }],
  ['a fractional level', 'progress:set', { key: 'skill:python', level: 2.5 }],
  ['notes over 20,000 characters', 'progress:set', { key: KEY, notes: 'x'.repeat(20_001) }],
  ['a javascript: link', 'progress:set', { key: KEY, links: [link('javascript:alert(1)')] }],
  ['an ftp: link', 'progress:set', { key: KEY, links: [link('ftp://example.org/a')] }],
  [
    '51 links',
    'progress:set',
    { key: KEY, links: Array.from({ length: 51 }, () => link('https://example.org/')) },
  ],
  ['a key without a kind', 'progress:set', { key: 'python', status: 'done' }],
  ['a key of another kind', 'progress:set', { key: 'role:ai-programmer', status: 'done' }],
  ['an extra field', 'progress:set', { key: KEY, status: 'done', updatedAt: 'now' }],
  ['an empty batch id', 'progress:undo', { batchId: '' }],
  ['input where none is expected', 'progress:readiness', {}],
  ['a day that does not exist', 'progress:dashboard', { asOf: '2026-02-30' }],
  ['a date and time', 'progress:dashboard', { asOf: '2026-11-23T12:00:00Z' }],
  ['a missing flag', 'plans:list', {}],
  ['a day that does not exist', 'plans:get', { id: ID, asOf: '2026-13-01' }],
  ['an unknown source', 'plans:create', { source: { kind: 'career' } }],
  [
    'the same role twice',
    'plans:create',
    { source: { kind: 'transition', fromId: 'data-manager', toId: 'data-manager' } },
  ],
  ['a role id with path characters', 'plans:create', { source: { kind: 'role', roleId: '../x' } }],
  ['an extra source field', 'plans:create', { source: { kind: 'empty', items: [] } }],
  ['a blank title', 'plans:create', { source: { kind: 'empty' }, title: '   ' }],
  ['a 201-character title', 'plans:update', { id: ID, title: 'x'.repeat(201) }],
  ['a flag that is not a boolean', 'plans:update', { id: ID, archived: 'yes' }],
  ['a blank label', 'plans:addItem', { id: ID, label: ' ' }],
  ['a 501-character label', 'plans:addItem', { id: ID, label: 'x'.repeat(501) }],
  ['a blank label', 'plans:editItem', { id: ID, key: KEY, label: '' }],
  ['a negative index', 'plans:moveItem', { id: ID, key: KEY, toIndex: -1 }],
  ['a fractional index', 'plans:moveItem', { id: ID, key: KEY, toIndex: 1.5 }],
  ['an item of no group', 'plans:restoreItem', { id: ID, item: { ...item, group: 'x' }, index: 0 }],
  ['a missing id', 'plans:reset', {}],
]

/** Bad inputs only the services can judge; they too answer invalid-input and change nothing. */
const refusedByServices: [string, string, unknown, string][] = [
  [
    'a level for a tip',
    'progress:set',
    { key: 'tip:learn-programming', level: 2 },
    'Only skills and tools have a proficiency level.',
  ],
  [
    'renaming a catalog item',
    'plans:editItem',
    { id: ID, key: 'tip:learn-programming', label: 'Mine' },
    'Only items you added yourself can be renamed.',
  ],
]

/** Unknown keys, plans, batches and roles. */
const unknowns: [string, unknown, string][] = [
  [
    'progress:set',
    { key: 'skill:astrophysics', status: 'done' },
    'There is no skill or tool with the id "astrophysics".',
  ],
  [
    'progress:set',
    { key: 'tip:fly-to-the-moon', status: 'done' },
    'There is no practical tip with the id "fly-to-the-moon".',
  ],
  [
    'progress:set',
    { key: 'custom:nope', status: 'done' },
    'There is no plan item with the key "custom:nope".',
  ],
  ['progress:undo', { batchId: 'nope' }, 'There is no change with the id "nope" to undo.'],
  [
    'plans:create',
    { source: { kind: 'role', roleId: 'astronaut' } },
    'There is no role with the id "astronaut".',
  ],
  ['plans:get', { id: 'nope' }, 'There is no plan with the id "nope".'],
  ['plans:update', { id: 'nope', title: 'X' }, 'There is no plan with the id "nope".'],
  ['plans:delete', { id: 'nope' }, 'There is no plan with the id "nope".'],
  ['plans:restore', { id: 'nope' }, 'There is no plan with the id "nope".'],
  ['plans:addItem', { id: 'nope', label: 'X' }, 'There is no plan with the id "nope".'],
  ['plans:reset', { id: 'nope' }, 'There is no plan with the id "nope".'],
  ['plans:removeItem', { id: 'nope', key: 'skill:python' }, 'There is no plan with the id "nope".'],
  [
    'plans:removeItem',
    { id: ID, key: 'skill:erwin' },
    'This plan has no item with the key "skill:erwin".',
  ],
  [
    'plans:editItem',
    { id: ID, key: 'custom:nope', label: 'X' },
    'This plan has no item with the key "custom:nope".',
  ],
  [
    'plans:moveItem',
    { id: ID, key: 'custom:nope', toIndex: 0 },
    'This plan has no item with the key "custom:nope".',
  ],
  [
    'plans:restoreItem',
    { id: ID, item: { ...item, key: 'tip:fly-to-the-moon' }, index: 0 },
    'There is no practical tip with the id "fly-to-the-moon".',
  ],
]

describe('plan and progress channels over the real handler table', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => testDataFile(tempDir())
  const reported: unknown[] = []

  function open(): Promise<AppContainer> {
    return openTestContainer(tempDir())
  }

  function call(container: AppContainer, channel: string, input: unknown) {
    return invokeChannel(container.handlers, channel, input, (_channel, error) =>
      reported.push(error),
    )
  }

  async function value<T>(result: Promise<IpcResult<unknown>>): Promise<T> {
    const settled = await result
    if (!settled.ok) throw new Error(settled.error.message)
    return settled.value as T
  }

  /** A plan for the AI Programmer role with one own item, and progress on it and on Python. */
  async function withPlan(container: AppContainer): Promise<{ id: string; key: string }> {
    const source = { kind: 'role', roleId: 'ai-programmer' }
    const plan = await value<PlanDetail>(call(container, 'plans:create', { source }))
    const added = await value<PlanDetail>(
      call(container, 'plans:addItem', { id: plan.id, label: 'Pair with a mentor' }),
    )
    const key = added.items.at(-1)?.key ?? ''
    await value(call(container, 'progress:set', { key, status: 'learning' }))
    await value(call(container, 'progress:set', { key: 'skill:python', status: 'done', level: 3 }))
    return { id: plan.id, key }
  }

  /** `input` with the stand-ins replaced. */
  function fill(input: unknown, plan: { id: string; key: string }): unknown {
    return JSON.parse(JSON.stringify(input).replaceAll(ID, plan.id).replaceAll(KEY, plan.key))
  }

  it.each(badInputs)('refuses %s on %s and changes nothing', async (_label, channel, input) => {
    const container = await open()
    const plan = await withPlan(container)
    const before = await readFile(dataFile(), 'utf8')

    expect(await call(container, channel, fill(input, plan))).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(PLAIN_REFUSAL) },
    })
    expect(await readFile(dataFile(), 'utf8')).toBe(before)
    await container.shutdown()
    expect(reported).toEqual([])
  })

  it.each(refusedByServices)(
    'refuses %s on %s and changes nothing',
    async (_label, channel, input, message) => {
      const container = await open()
      const plan = await withPlan(container)
      const before = await readFile(dataFile(), 'utf8')

      expect(await call(container, channel, fill(input, plan))).toEqual({
        ok: false,
        error: { code: 'invalid-input', message },
      })
      expect(await readFile(dataFile(), 'utf8')).toBe(before)
      await container.shutdown()
    },
  )

  it.each(unknowns)(
    'answers not-found on %s for %j and changes nothing',
    async (channel, input, message) => {
      const container = await open()
      const plan = await withPlan(container)
      const before = await readFile(dataFile(), 'utf8')

      expect(await call(container, channel, fill(input, plan))).toEqual({
        ok: false,
        error: { code: 'not-found', message },
      })
      expect(await readFile(dataFile(), 'utf8')).toBe(before)
      await container.shutdown()
      expect(reported).toEqual([])
    },
  )

  it('refuses a 2,001st item and changes nothing', async () => {
    const container = await open()
    const plan = await withPlan(container)
    await container.store.update((db) => {
      const index = db.plans.findIndex((plan) => plan.id === plan.id)
      const stored = db.plans[index]
      if (!stored) return
      const filler = Array.from({ length: 2000 - stored.items.length }, (_, i) => ({
        key: `custom:filler-${i}` as const,
        label: `Filler ${i}`,
        group: 'custom' as const,
      }))
      db.plans[index] = { ...stored, items: [...stored.items, ...filler] }
    })
    const before = await readFile(dataFile(), 'utf8')
    const restored = { ...item, key: 'tip:learn-databases' }

    for (const [channel, input] of [
      ['plans:addItem', { id: plan.id, label: 'One too many' }],
      ['plans:restoreItem', { id: plan.id, item: restored, index: 0 }],
    ] as const) {
      expect(await call(container, channel, input)).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: 'A plan can hold at most 2000 items.' },
      })
    }
    expect(await readFile(dataFile(), 'utf8')).toBe(before)
    await container.shutdown()
  })

  it('plans, tracks, resets and undoes through the channels, keeping it all on disk', async () => {
    const first = await open()
    const plan = await withPlan(first)
    const reset = await value<Undoable<PlanDetail>>(call(first, 'plans:reset', { id: plan.id }))
    expect(reset.value.counts).toMatchObject({ done: 0, learning: 0 })
    expect(await call(first, 'progress:undo', { batchId: reset.batchId })).toEqual({
      ok: true,
      value: undefined,
    })
    const restored = await value<PlanDetail>(call(first, 'plans:get', { id: plan.id }))
    expect(restored.counts).toMatchObject({ done: 1, learning: 1 })
    await first.shutdown()

    const second = await open()
    expect(await value(call(second, 'plans:get', { id: plan.id }))).toEqual(restored)
    const dashboard = await value<Dashboard>(call(second, 'progress:dashboard', {}))
    expect(dashboard.plans.map((summary) => summary.id)).toEqual([plan.id])
    expect(dashboard.recent[0]).toMatchObject({
      cause: 'undo',
      summary: expect.stringMatching(/^Undone: /),
    })
    const readiness = await value<{ roleId: string; skills: { done: number } }[]>(
      call(second, 'progress:readiness', undefined),
    )
    expect(readiness.find((entry) => entry.roleId === 'ai-programmer')?.skills.done).toBe(1)
    await second.shutdown()
    expect(reported).toEqual([])
  })
})
