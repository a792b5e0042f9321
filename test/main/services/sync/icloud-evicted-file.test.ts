import { readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import {
  clock,
  closeDevice,
  createPlan,
  manyChanges,
  openDevice,
  setStatus,
  visibleState,
  type Device,
} from './devices'
import { copyWhole, ownFiles, settle } from './fake-syncer'

/** `from`'s folder as `on`'s copy of the sync folder holds it. */
function folderOf(from: Device, on: Device): string {
  return path.join(on.syncDir, APP_FOLDER, 'devices', from.engine.status().deviceId)
}

/**
 * What iCloud does to "optimise storage": each of `from`'s segments on `on` is replaced by
 * its placeholder (`.seg-000001.json.icloud`). Returns the segments' names.
 */
async function evictSegments(from: Device, on: Device): Promise<string[]> {
  const dir = folderOf(from, on)
  const segments = (await readdir(dir)).filter((name) => name.startsWith('seg-'))
  for (const name of segments) {
    await writeFile(path.join(dir, `.${name}.icloud`), 'bplist00')
    await rm(path.join(dir, name))
  }
  return segments
}

/** The files download again: the placeholders go and the files are back, newly written. */
async function downloadAgain(from: Device, on: Device): Promise<void> {
  const dir = folderOf(from, on)
  for (const name of await readdir(dir))
    if (name.endsWith('.icloud')) await rm(path.join(dir, name))
  for (const file of await ownFiles([from])) await copyWhole(file, on)
}

/** The ids in `device`'s activity log, each once: a duplicate would show twice in the log. */
function activityIds(device: Device): string[] {
  const ids = device.store.data.activity.map((event) => event.id)
  expect(new Set(ids).size, `${device.name}'s activity log repeats a change`).toBe(ids.length)
  return ids
}

describe('a file iCloud evicts after it was read', () => {
  const tempDir = useTempDir()

  it('loses nothing merged from it, even across a restart, says it is not downloaded yet, and duplicates nothing once it is back', async () => {
    const root = tempDir()
    const laptop = await openDevice(root, 'laptop')
    let desktop = await openDevice(root, 'desktop')
    await createPlan(laptop, 'plan-1', 'Become a data engineer')
    await setStatus(laptop, 'skill:sql', 'learning')
    // More than a segment holds: a sealed segment and an open one, both evicted below.
    await manyChanges(laptop, 1001)
    await settle([laptop, desktop])
    const merged = visibleState(desktop)
    const mergedIds = activityIds(desktop)
    expect(mergedIds).toHaveLength(1002)
    expect(visibleState(laptop)).toEqual(merged)

    const evicted = await evictSegments(laptop, desktop)
    expect(evicted).toEqual(['seg-000001.json', 'seg-000002.json'])
    clock.now += 60_000
    const status = await desktop.engine.sync()
    // Nothing the laptop made goes away here, nor is it taken for deleted.
    expect(visibleState(desktop)).toEqual(merged)
    expect(activityIds(desktop)).toEqual(mergedIds)
    for (const name of evicted)
      expect(status.warnings).toContain(
        `A file from laptop (.${name}.icloud) is in the cloud but not downloaded to this computer yet. Its changes will arrive once it is.`,
      )
    // Nor after a restart, which reads the folder afresh.
    await closeDevice(desktop)
    desktop = await openDevice(root, 'desktop', { join: false })
    const afterRestart = await desktop.engine.sync()
    expect(visibleState(desktop)).toEqual(merged)
    expect(afterRestart.warnings.join('\n')).toMatch(/not downloaded to this computer yet/)

    // What the desktop publishes meanwhile takes nothing away on the laptop either.
    await setStatus(desktop, 'skill:python', 'done')
    await desktop.engine.sync()
    for (const file of await ownFiles([desktop])) await copyWhole(file, laptop)
    await laptop.engine.sync()
    expect(laptop.store.data.plans.map((plan) => [plan.id, plan.deletedAt])).toEqual([
      ['plan-1', undefined],
    ])
    expect(activityIds(laptop)).toHaveLength(1003)

    // The files download again: read again, merged once, and the warning goes.
    await downloadAgain(laptop, desktop)
    clock.now += 60_000
    const back = await desktop.engine.sync()
    expect(back.warnings).toEqual([])
    expect(activityIds(desktop)).toHaveLength(1003)
    expect(visibleState(desktop)).toEqual(visibleState(laptop))
    expect(desktop.store.data.plans).toHaveLength(1)
    await closeDevice(laptop)
    await closeDevice(desktop)
  })
})
