import { describe, expect, it } from 'vitest'
import { RESTORABLE_FOR_MS } from '../../../../src/main/services/saved-comparisons/saved-comparisons-service'
import { useTempDir } from '../../store/helpers'
import { openServices } from '../progress/fixture'

describe('PlansService.boot', () => {
  const tempDir = useTempDir()

  it('prunes plans deleted longer ago than undo reaches, keeping their progress', async () => {
    const { plans, progress, clock, store } = await openServices(tempDir())
    const old = await plans.addItem({
      id: (await plans.create({ source: { kind: 'empty' }, title: 'Old' })).id,
      label: 'Mine',
    })
    await progress.set({ key: old.items[0]?.key ?? 'custom:missing', status: 'done' })
    const recent = await plans.create({ source: { kind: 'empty' }, title: 'Recent' })
    const shown = await plans.create({ source: { kind: 'empty' }, title: 'Shown' })
    await plans.delete(old.id)
    clock.advance(RESTORABLE_FOR_MS / 60_000)
    await plans.delete(recent.id)
    clock.advance(1)

    await plans.boot()

    expect(store.data.plans.map((plan) => plan.id)).toEqual([recent.id, shown.id])
    expect(store.data.progress).toHaveLength(1)
    const unchanged = store.data
    await plans.boot()
    expect(store.data).toBe(unchanged)
    await store.close()
  })
})
