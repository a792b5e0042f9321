import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { expect } from 'vitest'
import { appendToLog } from '../../../../src/main/services/progress/progress-log'
import { clock, closeDevice, openDevice, visibleState, type Device } from './devices'

/**
 * Copies `from`'s profile (data file, sync state, what it merged) and its copy of the sync
 * folder to a second computer, as a user copying their user-data folder does. The synced
 * folder sits at the same place on both (e.g. `~/Dropbox/...`), so the copy names the same
 * folder: here each simulated computer has its own, so the path is put right in the copy.
 * `folderAsOn`: the computer whose copy of the sync folder the new one starts with (`from`'s
 * unless given: another's when the syncer has not brought it `from`'s newest files yet).
 */
export async function copyProfile(
  root: string,
  from: Device,
  name: string,
  folderAsOn: Device = from,
): Promise<Device> {
  await closeDevice(from)
  const dataDir = path.join(root, name, 'data')
  const syncDir = path.join(root, name, 'sync')
  await cp(from.dataDir, dataDir, { recursive: true })
  await cp(folderAsOn.syncDir, syncDir, { recursive: true })
  for (const file of ['sync-state.json', 'sync-merged.json']) {
    const text = await readFile(path.join(dataDir, file), 'utf8').catch(() => null)
    if (text === null) continue
    await writeFile(
      path.join(dataDir, file),
      text
        .split(JSON.stringify(from.syncDir).slice(1, -1))
        .join(JSON.stringify(syncDir).slice(1, -1)),
    )
  }
  return openDevice(root, name, { join: false })
}

/** Every device shows the same state, and each holds every event a user was shown saved. */
export function expectConvergedKeeping(
  all: readonly Device[],
  acknowledged: readonly string[],
): void {
  const [reference, ...others] = all.map(visibleState)
  for (const state of others) expect(state).toEqual(reference)
  for (const device of all) {
    const events = new Set(device.store.data.activity.map((event) => event.id))
    for (const id of acknowledged) expect(events.has(id), `${id} on ${device.name}`).toBe(true)
  }
}

/** The user changes `count` skills' progress at once (as undoing a big batch does): `count` events. */
export async function setManyStatuses(device: Device, count: number): Promise<string[]> {
  const at = new Date(clock.now + device.offset.ms).toISOString()
  const ids = Array.from({ length: count }, (_, index) => `${device.name}-bulk-${index}`)
  await device.store.update((draft) => {
    appendToLog(
      draft,
      ids.map((id, index) => ({
        id,
        at,
        key: `skill:bulk-${index}` as const,
        before: { status: 'todo' as const, level: null, notes: '', links: [] },
        after: { status: 'learning' as const, level: null, notes: device.name, links: [] },
        cause: 'edit' as const,
        batchId: `${device.name}-bulk`,
      })),
    )
  })
  return ids
}
