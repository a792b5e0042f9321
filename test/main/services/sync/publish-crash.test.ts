import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import { crashAt, restartFromCrash } from './crash'
import {
  clock,
  closeDevice,
  manyChanges,
  openDevice,
  setStatus,
  visibleState,
  type Device,
  type WriteMoment,
} from './devices'
import { copyAll, settle } from './fake-syncer'

/** `device`'s own folder, in its own copy of the sync folder. */
function ownDir(device: Device): string {
  return path.join(device.syncDir, APP_FOLDER, 'devices', device.engine.status().deviceId)
}

/** The files of `device`'s own folder, temp files included: name → text. */
async function ownFolder(device: Device): Promise<Map<string, string>> {
  const dir = ownDir(device)
  const files = new Map<string, string>()
  for (const name of (await readdir(dir)).sort())
    files.set(name, await readFile(path.join(dir, name), 'utf8'))
  return files
}

/** A segment of this computer's about to be renamed into place (its temp file written and flushed). */
const beforeSegmentRename =
  (device: Device) =>
  (write: WriteMoment): boolean =>
    write.phase === 'before' &&
    path.basename(write.file).startsWith('seg-') &&
    path.dirname(write.file) === ownDir(device)

describe('a crash while an ordinary change is published', () => {
  const tempDir = useTempDir()

  for (const publish of ['one change', 'enough changes to seal the open segment'] as const)
    it(`between writing the segment’s temp file and renaming it: ignores the temp file left behind, keeps the open segment as last renamed, and publishes the change after the restart (${publish})`, async () => {
      const root = tempDir()
      let laptop = await openDevice(root, 'laptop')
      const desktop = await openDevice(root, 'desktop')
      await setStatus(laptop, 'skill:sql', 'learning')
      await settle([laptop, desktop])
      const lastRenamed = await ownFolder(laptop)
      expect([...lastRenamed.keys()]).toEqual(['device.json', 'seg-000001.json'])

      // Acknowledged here: the store holds it before sync publishes it.
      clock.now += 60_000
      if (publish === 'one change') await setStatus(laptop, 'skill:python', 'done')
      else await manyChanges(laptop, 1000)
      const acknowledged = visibleState(laptop)
      const image = path.join(root, 'crash-image')
      const crash = crashAt(laptop, image, beforeSegmentRename(laptop))
      await laptop.engine.sync()
      expect(crash.crashed()).toBe(true)
      laptop = await restartFromCrash(root, laptop, image)

      // On disk after the crash: the segment as last renamed, and the temp file beside it.
      const afterCrash = await ownFolder(laptop)
      expect(afterCrash.get('seg-000001.json')).toBe(lastRenamed.get('seg-000001.json'))
      const temps = [...afterCrash.keys()].filter((name) => name.startsWith('.'))
      expect(temps).toHaveLength(1)
      expect(temps[0]).toMatch(/^\.seg-000001\.json\..*\.tmp$/)
      expect(visibleState(laptop)).toEqual(acknowledged)

      // The next pass: no warning for the temp file, nothing to publish left over, nothing lost.
      clock.now += 1_000
      const status = await laptop.engine.sync()
      expect(status.warnings).toEqual([])
      expect(status.notice ?? null).toBeNull()
      expect(status.pendingChanges).toBe(0)
      expect(visibleState(laptop)).toEqual(acknowledged)
      await copyAll([laptop, desktop])
      const other = await desktop.engine.sync()
      expect(other.warnings).toEqual([])
      expect(visibleState(desktop)).toEqual(acknowledged)
      expect(desktop.store.data.activity).toHaveLength(laptop.store.data.activity.length)
      await closeDevice(laptop)
      await closeDevice(desktop)
    })

  // One step later: the segment is renamed into place, but the state file saved behind it is
  // not; the next start finds an open segment it does not remember writing.
  it('after the rename, before the state file is saved: takes the segment for its own, not a copy, and duplicates nothing', async () => {
    const root = tempDir()
    let laptop = await openDevice(root, 'laptop')
    const desktop = await openDevice(root, 'desktop')
    await setStatus(laptop, 'skill:sql', 'learning')
    await settle([laptop, desktop])
    const id = laptop.engine.status().deviceId
    clock.now += 60_000
    await setStatus(laptop, 'skill:python', 'done')
    const acknowledged = visibleState(laptop)
    let renamed = false
    const image = path.join(root, 'crash-image')
    const crash = crashAt(laptop, image, (write) => {
      if (write.phase === 'after' && beforeSegmentRename(laptop)({ ...write, phase: 'before' }))
        renamed = true
      return renamed && write.phase === 'before' && path.basename(write.file) === 'sync-state.json'
    })
    await laptop.engine.sync()
    expect(crash.crashed()).toBe(true)
    laptop = await restartFromCrash(root, laptop, image)
    // The crash fell where meant: the change is in the folder, the state file does not say so.
    expect((await ownFolder(laptop)).get('seg-000001.json')).toContain('skill:python')
    clock.now += 1_000
    const status = await laptop.engine.sync()
    expect(status.deviceId).toBe(id)
    expect(status.notice ?? null).toBeNull()
    expect(status.warnings).toEqual([])
    expect(status.pendingChanges).toBe(0)
    await copyAll([laptop, desktop])
    const other = await desktop.engine.sync()
    expect(other.warnings).toEqual([])
    expect(visibleState(desktop)).toEqual(acknowledged)
    expect(visibleState(laptop)).toEqual(acknowledged)
    expect(desktop.store.data.activity.map((event) => event.id)).toEqual(
      laptop.store.data.activity.map((event) => event.id),
    )
    expect(laptop.store.data.activity).toHaveLength(2)
    await closeDevice(laptop)
    await closeDevice(desktop)
  })
})
