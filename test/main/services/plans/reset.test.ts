import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { stateOfRecord } from '../../../../src/main/services/progress/progress-log'
import { EMPTY_PROGRESS } from '@shared/domain/progress/types'
import { useTempDir } from '../../store/helpers'
import { appError, openServices } from '../progress/fixture'

describe('PlansService.reset', () => {
  const tempDir = useTempDir()

  it('resets status and level of every key in one logged batch, keeping notes and links, everywhere the keys are shared', async () => {
    const { plans, progress, clock, store } = await openServices(tempDir())
    const ai = await plans.create({ source: { kind: 'role', roleId: 'ai-programmer' } })
    const ml = await plans.create({
      source: { kind: 'role', roleId: 'machine-learning-engineer' },
    })
    await progress.set({
      key: 'skill:python',
      status: 'done',
      level: 3,
      notes: 'Two courses.',
      links: [{ url: 'https://example.org/python', label: 'Course' }],
    })
    await progress.set({ key: 'tip:learn-programming', status: 'learning' })
    await progress.set({ key: 'skill:docker', status: 'done' })
    const statesBefore = store.data.progress.map(stateOfRecord)
    clock.advance(10)

    const { value, batchId } = await plans.reset(ai.id)

    const resetEvents = store.data.activity.filter((event) => event.batchId === batchId)
    expect(resetEvents.map((event) => [event.key, event.cause])).toEqual([
      ['tip:learn-programming', 'reset'],
      ['skill:python', 'reset'],
    ])
    expect(resetEvents.every((event) => event.at === clock.now().toISOString())).toBe(true)
    expect(value.counts).toMatchObject({ done: 0, learning: 0 })
    expect(value.items.every((item) => item.state.status === 'todo')).toBe(true)
    const inMl = (key: string) => plans.get(ml.id).items.find((item) => item.key === key)
    expect(inMl('skill:python')?.state).toEqual({
      ...EMPTY_PROGRESS,
      notes: 'Two courses.',
      links: [{ url: 'https://example.org/python', label: 'Course' }],
    })
    expect(inMl('skill:docker')?.state.status).toBe('done')

    clock.advance(10)
    await progress.undo(batchId)
    expect(store.data.progress.map(stateOfRecord)).toEqual(statesBefore)
    await store.close()
  })

  it('writes nothing for a plan whose items are all untouched', async () => {
    const { plans, store } = await openServices(tempDir())
    const plan = await plans.create({ source: { kind: 'role', roleId: 'data-manager' } })
    const before = await readFile(store.filePath, 'utf8')
    expect(await plans.reset(plan.id)).toEqual({ value: plan, batchId: '' })
    expect(await readFile(store.filePath, 'utf8')).toBe(before)
    await appError('not-found', () => plans.reset('nope'))
    await store.close()
  })
})
