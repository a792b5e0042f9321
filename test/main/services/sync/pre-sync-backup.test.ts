import { cp, open, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { SyncEngine } from '../../../../src/main/services/sync/sync-engine'
import { listBackups } from '../../../../src/main/store/backups'
import { Store } from '../../../../src/main/store/db'
import type { DurableFs } from '../../../../src/main/store/durable-fs'
import { useTempDir } from '../../store/helpers'
import { clock, closeDevice, openDevice, setStatus, type Device } from './devices'

/** The pre-sync backups of `dataFile`, oldest first, with the event ids each holds. */
async function preSyncBackups(dataFile: string): Promise<string[][]> {
  const backups = (await listBackups(dataFile)).filter((backup) => backup.kind === 'pre-sync')
  const held: string[][] = []
  for (const backup of backups.reverse()) {
    const data = JSON.parse(await readFile(backup.path, 'utf8')) as { activity: { id: string }[] }
    held.push(data.activity.map((event) => event.id))
  }
  return held
}

/**
 * A computer that has not synced yet, whose store notes, each time it begins to write its data
 * file, how many pre-sync backups were on disk by then.
 */
async function openUnsynced(root: string, name: string) {
  const dataDir = path.join(root, name, 'data')
  const dataFile = path.join(dataDir, 'role-atlas.json')
  const backupsAtWrite: number[] = []
  const fs: DurableFs = {
    open: async (file, flags) => {
      // The new data file's temp file is opened: the write has begun.
      if (path.dirname(file) === dataDir && path.basename(file).startsWith('.role-atlas.json.'))
        backupsAtWrite.push((await preSyncBackups(dataFile)).length)
      return open(file, flags)
    },
    rm: (file, options) => rm(file, options),
    rename: (from, to) => rename(from, to),
  }
  const now = (): number => clock.now
  const store = await Store.open(dataFile, { fs, now: () => new Date(now()) })
  const engine = await SyncEngine.open(store, {
    stateFilePath: path.join(dataDir, 'sync-state.json'),
    now,
  })
  const device: Device = {
    name,
    dataDir,
    syncDir: path.join(root, name, 'sync'),
    store,
    engine,
    offset: { ms: 0 },
    full: { on: false },
    writes: { listener: null },
  }
  return { device, dataFile, backupsAtWrite }
}

describe('the backup before the first merge from a folder', () => {
  const tempDir = useTempDir()

  it('holds what this computer had, and is on disk before the merge reaches its data file', async () => {
    const laptop = await openDevice(tempDir(), 'laptop')
    const fromLaptop = await setStatus(laptop, 'skill:sql', 'done')
    await laptop.engine.sync()
    const { device, dataFile, backupsAtWrite } = await openUnsynced(tempDir(), 'desktop')
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
    const { device, dataFile } = await openUnsynced(tempDir(), 'desktop')
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
