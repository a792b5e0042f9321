import { open, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { SyncEngine } from '../../../../src/main/services/sync/sync-engine'
import { listBackups } from '../../../../src/main/store/backups'
import { Store } from '../../../../src/main/store/db'
import type { DurableFs } from '../../../../src/main/store/durable-fs'
import { clock, type Device } from './devices'

/** The pre-sync backups of `dataFile`, oldest first, as the event ids each holds (sorted). */
export async function preSyncBackups(dataFile: string): Promise<string[][]> {
  const backups = (await listBackups(dataFile)).filter((backup) => backup.kind === 'pre-sync')
  const held: string[][] = []
  for (const backup of backups.reverse()) {
    const data = JSON.parse(await readFile(backup.path, 'utf8')) as { activity: { id: string }[] }
    held.push(data.activity.map((event) => event.id).sort())
  }
  return held
}

/**
 * A computer whose store notes, each time it begins to write its data file, how many pre-sync
 * backups were on disk by then, with `syncDir` as its sync folder (not chosen yet).
 */
export async function openWatchingBackups(root: string, name: string, syncDir: string) {
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
    syncDir,
    store,
    engine,
    offset: { ms: 0 },
    full: { on: false },
    writes: { listener: null },
  }
  return { device, dataFile, backupsAtWrite }
}
