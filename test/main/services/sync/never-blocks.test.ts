import type * as FsPromises from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { devicesDir } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import { copyAll } from './fake-syncer'
import { closeDevice, openDevice, setStatus } from './devices'

/**
 * A sync folder whose listing can be held: while `gate.folder` is set, listing its devices
 * waits until `gate.release` is called, as a slow network share or a cloud folder still
 * downloading does. `gate.reached` resolves once a read is held.
 */
const gate = vi.hoisted(() => ({
  folder: null as string | null,
  release: (): void => undefined,
  reached: Promise.resolve(),
  onReached: (): void => undefined,
}))

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>()
  const readdir = (async (dir: unknown, ...rest: unknown[]) => {
    if (gate.folder !== null && dir === gate.folder) {
      const held = new Promise<void>((resolve) => (gate.release = resolve))
      gate.onReached()
      await held
    }
    return (actual.readdir as (...args: unknown[]) => Promise<unknown>)(dir, ...rest)
  }) as typeof actual.readdir
  return { ...actual, default: { ...actual, readdir }, readdir }
})

/** Holds the next listing of `syncDir`'s devices; resolves once a read is held there. */
function holdNextRead(syncDir: string): Promise<void> {
  gate.folder = devicesDir(syncDir)
  gate.reached = new Promise((resolve) => (gate.onReached = resolve))
  return gate.reached
}

function releaseRead(): void {
  gate.folder = null
  gate.release()
}

describe('sync and local use', () => {
  const tempDir = useTempDir()

  it('lets a change be made while the folder is being read, and shares it afterwards', async () => {
    const laptop = await openDevice(tempDir(), 'laptop')
    const desktop = await openDevice(tempDir(), 'desktop')
    const fromLaptop = await setStatus(laptop, 'skill:sql', 'done')
    await laptop.engine.sync()
    await copyAll([laptop, desktop])

    const held = holdNextRead(desktop.syncDir)
    let passEnded = false
    const pass = desktop.engine.sync().then((status) => {
      passEnded = true
      return status
    })
    await held

    // The user ticks a skill while the read is held: the tick is saved, the read still waits.
    const tick = await setStatus(desktop, 'skill:python', 'learning')
    expect(passEnded).toBe(false)
    expect(
      desktop.store.data.progress.find((record) => record.key === 'skill:python'),
    ).toMatchObject({ status: 'learning' })
    expect(await readFile(path.join(desktop.dataDir, 'role-atlas.json'), 'utf8')).toContain(tick)

    releaseRead()
    const status = await pass
    expect(status.state).toBe('idle')
    // The merge did not undo the tick, and the laptop's change came in.
    const ids = desktop.store.data.activity.map((event) => event.id)
    expect(ids).toEqual(expect.arrayContaining([fromLaptop, tick]))

    // Published by that same pass: the laptop gets the tick from the folder.
    expect(desktop.engine.status().pendingChanges).toBe(0)
    await copyAll([laptop, desktop])
    await laptop.engine.sync()
    expect(laptop.store.data.activity.map((event) => event.id)).toContain(tick)
    expect(
      laptop.store.data.progress.find((record) => record.key === 'skill:python'),
    ).toMatchObject({ status: 'learning' })
    await closeDevice(laptop)
    await closeDevice(desktop)
  })
})
