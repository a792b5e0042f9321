import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEVICE_FILE, deviceDir } from '../../../../src/main/services/sync/layout'
import { SyncEngine } from '../../../../src/main/services/sync/sync-engine'
import { Store } from '../../../../src/main/store/db'
import type { DurableFs } from '../../../../src/main/store/durable-fs'
import { useTempDir } from '../../store/helpers'

/** What the state file on disk says this install is. */
interface SavedIdentity {
  deviceId: string
  installNonce: string
  folder: string | null
}

describe('choosing a sync folder', () => {
  const tempDir = useTempDir()

  it('has the identity it writes to the folder under on disk before its first write there', async () => {
    const dataDir = path.join(tempDir(), 'data')
    const folder = path.join(tempDir(), 'sync')
    await mkdir(dataDir, { recursive: true })
    const stateFile = path.join(dataDir, 'sync-state.json')
    // Read at the first write to the folder: what a crash right then would leave.
    let atFirstWrite: SavedIdentity | null | undefined
    const folderFs: DurableFs = {
      open: async (file, flags) => {
        if (atFirstWrite === undefined && flags === 'wx')
          atFirstWrite = await readFile(stateFile, 'utf8').then(
            (text) => JSON.parse(text) as SavedIdentity,
            () => null,
          )
        return open(file, flags)
      },
      rm: (file, options) => rm(file, options),
      rename: (from, to) => rename(from, to),
    }
    // A slow disk under the state file: its save takes longer than reading an empty folder.
    const stateFs: DurableFs = {
      open: (file, flags) => open(file, flags),
      rm: (file, options) => rm(file, options),
      rename: async (from, to) => {
        await new Promise((resolve) => setTimeout(resolve, 200))
        await rename(from, to)
      },
    }
    const store = await Store.open(path.join(dataDir, 'role-atlas.json'))
    const engine = await SyncEngine.open(store, { stateFilePath: stateFile, folderFs, stateFs })

    const status = await engine.chooseFolder(folder)

    const deviceFile = JSON.parse(
      await readFile(path.join(deviceDir(folder, status.deviceId), DEVICE_FILE), 'utf8'),
    ) as SavedIdentity
    expect(atFirstWrite).toEqual(
      expect.objectContaining({
        deviceId: status.deviceId,
        installNonce: deviceFile.installNonce,
        folder,
      }),
    )
    await engine.close()
    await store.close()
  })
})
