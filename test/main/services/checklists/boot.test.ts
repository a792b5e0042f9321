import { describe, expect, it } from 'vitest'
import { RESTORABLE_FOR_MS } from '../../../../src/main/services/comparisons/comparisons-service'
import { useTempDir } from '../../store/helpers'
import { openServices } from '../progress/fixture'

describe('ChecklistsService.boot', () => {
  const tempDir = useTempDir()

  it('prunes plans deleted longer ago than undo reaches, keeping their progress', async () => {
    const { checklists, progress, clock, store } = await openServices(tempDir())
    const old = await checklists.addItem({
      id: (await checklists.create({ source: { kind: 'empty' }, title: 'Old' })).id,
      label: 'Mine',
    })
    await progress.set({ key: old.items[0]?.key ?? 'custom:missing', status: 'done' })
    const recent = await checklists.create({ source: { kind: 'empty' }, title: 'Recent' })
    const shown = await checklists.create({ source: { kind: 'empty' }, title: 'Shown' })
    await checklists.delete(old.id)
    clock.advance(RESTORABLE_FOR_MS / 60_000)
    await checklists.delete(recent.id)
    clock.advance(1)

    await checklists.boot()

    expect(store.data.checklists.map((checklist) => checklist.id)).toEqual([recent.id, shown.id])
    expect(store.data.progress).toHaveLength(1)
    const unchanged = store.data
    await checklists.boot()
    expect(store.data).toBe(unchanged)
    await store.close()
  })
})
