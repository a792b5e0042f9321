import { cp } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import { openWatchingBackups, preSyncBackups } from './backup-watch'
import { clock, closeDevice, openDevice, setStatus } from './devices'

/** A computer that has not synced yet, its sync folder its own (not chosen yet). */
function openUnsynced(root: string) {
  return openWatchingBackups(root, 'desktop', path.join(root, 'desktop', 'sync'))
}

describe('the backup before the first merge from a folder', () => {
  const tempDir = useTempDir()

  it('holds what this computer had, and is on disk before the merge reaches its data file', async () => {
    const laptop = await openDevice(tempDir(), 'laptop')
    const fromLaptop = await setStatus(laptop, 'skill:sql', 'done')
    await laptop.engine.sync()
    const { device, dataFile, backupsAtWrite } = await openUnsynced(tempDir())
    const own = await setStatus(device, 'skill:python', 'learning')
    backupsAtWrite.length = 0

    await device.engine.chooseFolder(laptop.syncDir)

    expect(device.store.data.activity.map((event) => event.id).sort()).toEqual(
      [own, fromLaptop].sort(),
    )
    // Every write of the data file in that pass came after the backup was on disk.
    expect(backupsAtWrite.length).toBeGreaterThan(0)
    expect(backupsAtWrite.every((count) => count === 1)).toBe(true)
    expect(await preSyncBackups(dataFile)).toEqual([[own]])
    await closeDevice(laptop)
    await closeDevice(device)
  })

  it('is taken at the first merge from a folder that was empty when this computer joined it', async () => {
    const laptop = await openDevice(tempDir(), 'laptop')
    const fromLaptop = await setStatus(laptop, 'skill:sql', 'done')
    await laptop.engine.sync()
    const { device, dataFile } = await openUnsynced(tempDir())
    const own = await setStatus(device, 'skill:python', 'learning')

    // Joining an empty folder merges nothing, and needs no backup.
    await device.engine.chooseFolder(device.syncDir)
    await cp(path.join(laptop.syncDir, APP_FOLDER), path.join(device.syncDir, APP_FOLDER), {
      recursive: true,
    })
    clock.now += 60_000
    await device.engine.sync()

    expect(device.store.data.activity.map((event) => event.id).sort()).toEqual(
      [own, fromLaptop].sort(),
    )
    expect(await preSyncBackups(dataFile)).toEqual([[own]])
    await closeDevice(laptop)
    await closeDevice(device)
  })
})
