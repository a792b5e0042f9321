import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { appendToLog } from '../../../../src/main/services/progress/progress-log'
import { deviceDir } from '../../../../src/main/services/sync/layout'
import { SyncService } from '../../../../src/main/services/sync/sync-service'
import { Store } from '../../../../src/main/store/db'
import { useTempDir } from '../../store/helpers'

async function tick(store: Store, id: string): Promise<void> {
  await store.update((draft) =>
    appendToLog(draft, [
      {
        id,
        at: '2026-06-01T09:00:00.000Z',
        key: 'skill:sql',
        before: { status: 'todo', level: null, notes: '', links: [] },
        after: { status: 'done', level: null, notes: '', links: [] },
        cause: 'edit',
        batchId: id,
      },
    ]),
  )
}

describe('the sync service', () => {
  const tempDir = useTempDir()

  it('stays off when the folder dialog is cancelled, and turns on with the folder chosen', async () => {
    const answers: (string | null)[] = [null, path.join(tempDir(), 'Dropbox')]
    const store = await Store.open(path.join(tempDir(), 'data', 'role-atlas.json'))
    const sync = await SyncService.open(store, {
      chooseOpenPath: async () => answers.shift() ?? null,
    })
    expect((await sync.chooseFolder()).state).toBe('off')
    const status = await sync.chooseFolder()
    expect(status).toMatchObject({ state: 'idle', folder: path.join(tempDir(), 'Dropbox') })
    await sync.shutdown()
    await store.close()
  })

  it('writes a change to the folder shortly after it is made, without being asked', async () => {
    const folder = path.join(tempDir(), 'Sync')
    const store = await Store.open(path.join(tempDir(), 'data', 'role-atlas.json'))
    const sync = await SyncService.open(store, { chooseOpenPath: async () => folder })
    // Not booted: no timer reads the folder, so only the after-change write can publish.
    const { deviceId } = await sync.chooseFolder()
    await tick(store, 'e1')
    expect(sync.status().pendingChanges).toBe(1)
    await vi.waitFor(() => expect(sync.status().pendingChanges).toBe(0), { timeout: 10_000 })
    expect(await readdir(deviceDir(folder, deviceId))).toContain('seg-000001.json')
    await sync.shutdown()
    await store.close()
  })

  it('writes what is pending when the app quits', async () => {
    const folder = path.join(tempDir(), 'Sync')
    const store = await Store.open(path.join(tempDir(), 'data', 'role-atlas.json'))
    const sync = await SyncService.open(store, { chooseOpenPath: async () => folder })
    await sync.chooseFolder()
    await tick(store, 'e1')
    expect(sync.status().pendingChanges).toBe(1)
    await sync.shutdown()
    await store.close()
    const reopened = await Store.open(path.join(tempDir(), 'data', 'role-atlas.json'))
    const again = await SyncService.open(reopened, { chooseOpenPath: async () => folder })
    expect(again.status().pendingChanges).toBe(0)
    await again.shutdown()
    await reopened.close()
  })
})
