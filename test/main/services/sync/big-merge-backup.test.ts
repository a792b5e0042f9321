import { describe, expect, it } from 'vitest'
import { appendToLog } from '../../../../src/main/services/progress/progress-log'
import { useTempDir } from '../../store/helpers'
import { openWatchingBackups, preSyncBackups } from './backup-watch'
import { clock, closeDevice, openDevice, setStatus, type Device } from './devices'

/** The default threshold (merger.ts): a merge changing more than this many things is backed up. */
const THRESHOLD = 200

/** The user ticks `count` different skills on `device` at once (one import, one bulk edit). */
async function tickMany(device: Device, prefix: string, count: number): Promise<string[]> {
  const at = new Date(clock.now).toISOString()
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`)
  await device.store.update((draft) =>
    appendToLog(
      draft,
      ids.map((id, i) => ({
        id,
        at,
        key: `skill:${prefix}-${i}` as const,
        before: { status: 'todo' as const, level: null, notes: '', links: [] },
        after: { status: 'done' as const, level: null, notes: '', links: [] },
        cause: 'edit' as const,
        batchId: prefix,
      })),
    ),
  )
  return ids
}

/** The laptop and a desktop reading its folder, past their first merge (and its backup). */
async function syncedPair(root: string) {
  const laptop = await openDevice(root, 'laptop')
  const first = await setStatus(laptop, 'skill:sql', 'done')
  await laptop.engine.sync()
  const desktop = await openWatchingBackups(root, 'desktop', laptop.syncDir)
  const own = await setStatus(desktop.device, 'skill:python', 'learning')
  await desktop.device.engine.chooseFolder(laptop.syncDir)
  expect(await preSyncBackups(desktop.dataFile)).toEqual([[own]])
  return { laptop, desktop, before: [first, own].sort() }
}

describe('the backup before a big merge from the folder', () => {
  const tempDir = useTempDir()

  it('is taken when a later merge brings more changes than the threshold, holding the data as it was just before', async () => {
    const { laptop, desktop, before } = await syncedPair(tempDir())
    const many = await tickMany(laptop, 'bulk', THRESHOLD + 1)
    await laptop.engine.sync()
    clock.now += 60_000
    desktop.backupsAtWrite.length = 0

    await desktop.device.engine.sync()

    const held = desktop.device.store.data.activity.map((event) => event.id)
    expect(held).toEqual(expect.arrayContaining(many))
    const backups = await preSyncBackups(desktop.dataFile)
    expect(backups).toHaveLength(2)
    // The new backup is what the desktop had just before: none of the 201 ticks.
    expect(backups[1]).toEqual(before)
    // Every write of the data file in that pass came after the backup was on disk.
    expect(desktop.backupsAtWrite.length).toBeGreaterThan(0)
    expect(desktop.backupsAtWrite.every((count) => count === 2)).toBe(true)
    await closeDevice(laptop)
    await closeDevice(desktop.device)
  })

  it('is not taken for a merge of exactly the threshold', async () => {
    const { laptop, desktop } = await syncedPair(tempDir())
    const many = await tickMany(laptop, 'bulk', THRESHOLD)
    await laptop.engine.sync()
    clock.now += 60_000

    await desktop.device.engine.sync()

    const held = desktop.device.store.data.activity.map((event) => event.id)
    expect(held).toEqual(expect.arrayContaining(many))
    expect(await preSyncBackups(desktop.dataFile)).toHaveLength(1)
    await closeDevice(laptop)
    await closeDevice(desktop.device)
  })
})
