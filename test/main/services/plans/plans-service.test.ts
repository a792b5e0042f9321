import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { transitionBetween } from '@shared/domain/compare'
import { itemsForRole, itemsForTransition } from '@shared/domain/progress/plan-builders'
import { EMPTY_PROGRESS, type PlanItem } from '@shared/domain/progress/types'
import type { Role } from '@shared/domain/role'
import { useTempDir } from '../../store/helpers'
import { appError, openServices, taxonomy } from '../progress/fixture'

const entities = new Map(taxonomy.entities.map((entity) => [entity.id, entity]))

describe('PlansService', () => {
  const tempDir = useTempDir()

  function role(services: Awaited<ReturnType<typeof openServices>>, id: string): Role {
    const found = services.store.data.roles.find((candidate) => candidate.id === id)
    if (!found) throw new Error(`no role ${id}`)
    return found
  }

  it('makes a plan from a role: its tips, skills and tools, every item untouched', async () => {
    const services = await openServices(tempDir())
    const { plans, clock, store } = services
    const view = await plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })

    const items = itemsForRole(role(services, 'ai-programmer'), entities)
    expect(view).toEqual({
      id: 'id-1',
      title: 'AI Programmer plan',
      source: { kind: 'role', roleId: 'ai-programmer' },
      archived: false,
      createdAt: clock.now().toISOString(),
      updatedAt: clock.now().toISOString(),
      sourceLabel: 'For AI Programmer',
      counts: {
        total: items.length,
        done: 0,
        learning: 0,
        skipped: 0,
        todo: items.length,
        percent: 0,
      },
      items: items.map((item) => ({
        ...item,
        state: EMPTY_PROGRESS,
        updatedAt: undefined,
        alsoIn: [],
      })),
    })
    expect(items.map((item) => item.group)).toContain('tips')
    expect(JSON.parse(await readFile(store.filePath, 'utf8')).plans).toHaveLength(1)
    await store.close()
  })

  it('makes a plan from a transition, and an empty plan with its own title', async () => {
    const services = await openServices(tempDir())
    const { plans, store } = services
    const move = await plans.create({
      source: { kind: 'transition', fromId: 'data-manager', toId: 'ai-programmer' },
    })
    const transition = transitionBetween(
      role(services, 'data-manager'),
      role(services, 'ai-programmer'),
      entities,
    )
    expect(move.title).toBe('From Data Manager to AI Programmer')
    expect(move.sourceLabel).toBe('From Data Manager to AI Programmer')
    expect(move.items.map(({ key, label, group }) => ({ key, label, group }))).toEqual(
      itemsForTransition(transition),
    )

    const own = await plans.create({ source: { kind: 'empty' }, title: 'Evenings' })
    expect(own).toMatchObject({ title: 'Evenings', sourceLabel: 'Your own plan', items: [] })
    const untitled = await plans.create({ source: { kind: 'empty' } })
    expect(untitled.title).toBe('My plan')
    await store.close()
  })

  it('refuses a plan for a role that is not in the library, writing nothing', async () => {
    const { plans, store } = await openServices(tempDir())
    const before = await readFile(store.filePath, 'utf8')
    for (const source of [
      { kind: 'role', roleId: 'astronaut' } as const,
      { kind: 'transition', fromId: 'data-manager', toId: 'astronaut' } as const,
    ]) {
      const error = await appError('not-found', () => plans.create({ source }))
      expect(error.message).toBe('There is no role with the id "astronaut".')
    }
    expect(await readFile(store.filePath, 'utf8')).toBe(before)
    await store.close()
  })

  it('lists plans newest change first, archived ones only when asked, deleted ones never', async () => {
    const { plans, clock, store } = await openServices(tempDir())
    const first = await plans.create({ source: { kind: 'empty' }, title: 'First' })
    clock.advance(1)
    const second = await plans.create({ source: { kind: 'empty' }, title: 'Second' })
    clock.advance(1)
    const third = await plans.create({ source: { kind: 'empty' }, title: 'Third' })
    clock.advance(1)
    await plans.update({ id: first.id, title: 'First, renamed' })
    await plans.update({ id: second.id, archived: true })
    await plans.delete(third.id)

    expect(plans.list(false).map((summary) => summary.title)).toEqual(['First, renamed'])
    expect(plans.list(true).map((summary) => [summary.title, summary.archived])).toEqual([
      ['First, renamed', false],
      ['Second', true],
    ])
    await store.close()
  })

  it('reads each item’s status from the one record of its key, shared by every plan', async () => {
    const { plans, progress, store } = await openServices(tempDir())
    const ai = await plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })
    const ml = await plans.create({
      source: { kind: 'role', roleId: 'machine-learning-engineer' },
    })
    const set = await progress.set({ key: 'skill:python', status: 'done', level: 4 })

    for (const [id, other] of [
      [ai.id, ml.title],
      [ml.id, ai.title],
    ] as const) {
      const python = plans.get(id).items.find((item) => item.key === 'skill:python')
      expect(python).toMatchObject({
        state: { status: 'done', level: 4 },
        updatedAt: set.value.updatedAt,
        alsoIn: [other],
      })
      expect(plans.get(id).counts.done).toBe(1)
    }
    await store.close()
  })

  it('shows a plan as of a past day, replayed from the log', async () => {
    const { plans, progress, clock, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })
    const first = await progress.set({ key: 'skill:python', status: 'learning' })
    clock.nextDay()
    await progress.set({ key: 'skill:python', status: 'done' })

    const python = (asOf?: string) =>
      plans.get(plan.id, asOf).items.find((item) => item.key === 'skill:python')
    expect(python('2026-11-23')).toMatchObject({
      state: { status: 'learning' },
      updatedAt: first.value.updatedAt,
    })
    expect(python('2026-11-22')).toMatchObject({ state: EMPTY_PROGRESS, updatedAt: undefined })
    expect(python()?.state.status).toBe('done')
    await store.close()
  })

  it('deletes a plan softly and restores it exactly as it was', async () => {
    const { plans, clock, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'role', roleId: 'data-manager' } })
    clock.advance(5)
    await plans.delete(plan.id)
    await appError('not-found', () => plans.get(plan.id))
    await appError('not-found', () => plans.update({ id: plan.id, title: 'X' }))
    expect(await plans.restore(plan.id)).toEqual(plan)
    expect(await plans.restore(plan.id)).toEqual(plan)
    await appError('not-found', () => plans.restore('nope'))
    await store.close()
  })

  it('adds, renames, moves, removes and restores items', async () => {
    const { plans, progress, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'role', roleId: 'data-manager' } })
    const added = await plans.addItem({ id: plan.id, label: '  Read the DAMA book  ' })
    const mine = added.items.at(-1)
    expect(mine).toMatchObject({ key: 'custom:id-2', label: 'Read the DAMA book', group: 'custom' })
    const key = mine?.key ?? 'custom:missing'

    const renamed = await plans.editItem({ id: plan.id, key, label: 'Read DAMA-DMBOK' })
    expect(renamed.items.at(-1)?.label).toBe('Read DAMA-DMBOK')
    const catalogKey = plan.items[0]?.key ?? 'tip:missing'
    const refusal = await appError('invalid-input', () =>
      plans.editItem({ id: plan.id, key: catalogKey, label: 'Mine now' }),
    )
    expect(refusal.message).toBe('Only items you added yourself can be renamed.')
    await appError('not-found', () =>
      plans.editItem({ id: plan.id, key: 'custom:nope', label: 'X' }),
    )

    const moved = await plans.moveItem({ id: plan.id, key, toIndex: 0 })
    expect(moved.items[0]?.key).toBe(key)
    expect((await plans.moveItem({ id: plan.id, key, toIndex: 2000 })).items.at(-1)?.key).toBe(key)
    await appError('not-found', () =>
      plans.moveItem({ id: plan.id, key: 'skill:python', toIndex: 0 }),
    )

    await progress.set({ key, status: 'done', notes: 'Chapter 1.' })
    const removed = await plans.removeItem({ id: plan.id, key })
    expect(removed.items.map((item) => item.key)).not.toContain(key)
    expect(store.data.progress.map((record) => record.key)).toContain(key)

    const item = renamed.items.at(-1) as PlanItem
    const { items: restored } = await plans.restoreItem({ id: plan.id, item, index: 1 })
    expect(restored[1]).toMatchObject({ key, label: 'Read DAMA-DMBOK', state: { status: 'done' } })
    const again = await plans.restoreItem({ id: plan.id, item, index: 0 })
    expect(again.items.filter((candidate) => candidate.key === key)).toHaveLength(1)
    await store.close()
  })

  it('refuses to restore an item whose skill or tip no longer exists', async () => {
    const { plans, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'empty' } })
    const item: PlanItem = { key: 'tip:fly-to-the-moon', label: 'Fly', group: 'tips' }
    await appError('not-found', () => plans.restoreItem({ id: plan.id, item, index: 0 }))
    await store.close()
  })

  it('holds at most 2,000 items, refusing more without writing', async () => {
    const { plans, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'empty' } })
    await store.update((db) => {
      const stored = db.plans[0]
      if (stored) {
        db.plans[0] = {
          ...stored,
          items: Array.from({ length: 2000 }, (_, i) => ({
            key: `custom:seed-${i}` as const,
            label: `Item ${i}`,
            group: 'custom' as const,
          })),
        }
      }
    })
    const before = await readFile(store.filePath, 'utf8')
    const error = await appError('invalid-input', () =>
      plans.addItem({ id: plan.id, label: 'One more' }),
    )
    expect(error.message).toBe('A plan can hold at most 2000 items.')
    const item: PlanItem = { key: 'custom:extra', label: 'Extra', group: 'custom' }
    await appError('invalid-input', () => plans.restoreItem({ id: plan.id, item, index: 0 }))
    expect(await readFile(store.filePath, 'utf8')).toBe(before)
    await store.close()
  })
})
