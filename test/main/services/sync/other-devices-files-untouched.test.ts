import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import {
  clock,
  closeDevice,
  createPlan,
  editPlan,
  manyChanges,
  openDevice,
  setStatus,
  visibleState,
  type Device,
} from './devices'
import { copyAll } from './fake-syncer'

/** `device`'s copy of the devices folder: `<deviceId>/<name>` → bytes, every file of every folder. */
async function filesIn(device: Device): Promise<Map<string, Buffer>> {
  const root = path.join(device.syncDir, APP_FOLDER, 'devices')
  const files = new Map<string, Buffer>()
  for (const id of await readdir(root))
    for (const name of await readdir(path.join(root, id)))
      files.set(`${id}/${name}`, await readFile(path.join(root, id, name)))
  return files
}

/** What `device`'s copy holds of every folder but its own. */
async function othersFilesIn(device: Device): Promise<Map<string, Buffer>> {
  const own = `${device.engine.status().deviceId}/`
  const all = await filesIn(device)
  for (const key of [...all.keys()]) if (key.startsWith(own)) all.delete(key)
  return all
}

/** What `device` itself wrote: its own folder, in its own copy. */
async function ownFilesOf(device: Device): Promise<Map<string, Buffer>> {
  const own = `${device.engine.status().deviceId}/`
  const all = await filesIn(device)
  for (const key of [...all.keys()]) if (!key.startsWith(own)) all.delete(key)
  return all
}

describe('another computer’s files in the sync folder', () => {
  const tempDir = useTempDir()

  it('are never changed, added to or deleted by this computer over ordinary syncs, merges and a restart', async () => {
    const root = tempDir()
    const devices = [
      await openDevice(root, 'laptop'),
      await openDevice(root, 'desktop'),
      await openDevice(root, 'work-pc'),
    ]
    // A durable write of a device into the sync folder lands in its own folder, always.
    const strayWrites: string[] = []
    const watch = (device: Device): void => {
      device.writes.listener = (write) => {
        if (!write.file.startsWith(device.syncDir + path.sep)) return
        const own = path.join(
          device.syncDir,
          APP_FOLDER,
          'devices',
          device.engine.status().deviceId,
        )
        if (!write.file.startsWith(own + path.sep))
          strayWrites.push(`${device.name}: ${write.file}`)
      }
    }
    devices.forEach(watch)
    // Looked up each time: the desktop is reopened part-way.
    const laptop = (): Device => devices[0] as Device
    const desktop = (): Device => devices[1] as Device
    const work = (): Device => devices[2] as Device
    const edits: ((round: number) => Promise<void>)[] = [
      async () => {
        await createPlan(laptop(), 'plan-1', 'Become a data engineer')
        await setStatus(desktop(), 'skill:sql', 'learning')
      },
      async () => {
        await editPlan(desktop(), 'plan-1', { addItem: 'dbt' })
        await editPlan(work(), 'plan-1', { title: 'Become an analytics engineer' })
        // Enough to seal a segment and open the next.
        await manyChanges(laptop(), 1001)
      },
      async () => {
        await setStatus(work(), 'skill:sql', 'done')
        await createPlan(work(), 'plan-2', 'Learn Spark')
      },
      async () => {
        await editPlan(laptop(), 'plan-2', { deleted: true })
        await setStatus(desktop(), 'skill:python', 'learning')
      },
    ]
    /** Every computer syncs twice (publish, merge, a pass with nothing new); none touches another's files. */
    const syncAllUntouched = async (when: string): Promise<void> => {
      const before = await Promise.all(devices.map(othersFilesIn))
      for (const device of devices) {
        clock.now += 1_000
        await device.engine.sync()
        await device.engine.sync()
      }
      for (const [index, device] of devices.entries())
        expect(await othersFilesIn(device), `${device.name} ${when}`).toEqual(before[index])
    }
    for (let round = 0; round < edits.length; round++) {
      await (edits[round] as (round: number) => Promise<void>)(round)
      await syncAllUntouched(`publishing in round ${round + 1}`)
      if (round === 2) {
        // The desktop restarts: its first pass reads the whole folder afresh.
        const snapshot = await othersFilesIn(desktop())
        await closeDevice(desktop())
        const reopened = await openDevice(root, 'desktop', { join: false })
        watch(reopened)
        devices[1] = reopened
        await reopened.engine.sync()
        expect(await othersFilesIn(reopened), 'desktop after its restart').toEqual(snapshot)
      }
      await copyAll(devices)
      // Each copy of a computer's folder holds exactly what it wrote, names and bytes.
      for (const device of devices) {
        const own = await ownFilesOf(device)
        for (const other of devices)
          if (other !== device) {
            const copy = await othersFilesIn(other)
            for (const [key, bytes] of own)
              expect(copy.get(key), `${key} on ${other.name}`).toEqual(bytes)
          }
      }
      await syncAllUntouched(`merging in round ${round + 1}`)
    }
    expect(strayWrites).toEqual([])
    // The syncs did their work: every computer sees the same plans and progress.
    for (const device of devices) await device.engine.sync()
    const [first, ...rest] = devices.map(visibleState)
    for (const state of rest) expect(state).toEqual(first)
    for (const device of devices) await closeDevice(device)
  })
})
