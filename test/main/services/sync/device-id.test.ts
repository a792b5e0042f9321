import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER, deviceDir } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import { clock, closeDevice, openDevice, setStatus, visibleState, type Device } from './devices'
import { copyAll } from './fake-syncer'

async function settle(devices: readonly Device[], rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    clock.now += 1000
    for (const device of devices) await device.engine.sync()
    await copyAll(devices)
  }
}

describe('this computer’s device id', () => {
  const tempDir = useTempDir()

  it('stays the same from launch to launch with sync off, and is the one sync uses once turned on', async () => {
    const root = tempDir()
    const first = await openDevice(root, 'laptop', { join: false })
    const id = first.engine.deviceId
    await closeDevice(first)
    const second = await openDevice(root, 'laptop', { join: false })
    expect(second.engine.status().state).toBe('off')
    expect(second.engine.deviceId).toBe(id)
    // Kept in the user-data folder, never in the synced one.
    expect(await readdir(second.dataDir)).toContain('sync-state.json')
    await setStatus(second, 'skill:sql', 'done')
    await closeDevice(second)

    const third = await openDevice(root, 'laptop')
    expect(third.engine.status().deviceId).toBe(id)
    expect(await readdir(path.join(third.syncDir, APP_FOLDER, 'devices'))).toEqual([id])
    await closeDevice(third)
  })

  it('still tells apart two copies of a profile copied while sync was off', async () => {
    const root = tempDir()
    const original = await openDevice(root, 'laptop', { join: false })
    const id = original.engine.deviceId
    await setStatus(original, 'skill:sql', 'learning')
    await closeDevice(original)
    await cp(path.join(root, 'laptop', 'data'), path.join(root, 'desktop', 'data'), {
      recursive: true,
    })

    const laptop = await openDevice(root, 'laptop')
    const desktop = await openDevice(root, 'desktop')
    expect(desktop.engine.deviceId).toBe(id)
    await setStatus(laptop, 'skill:python', 'done')
    await setStatus(desktop, 'skill:spark', 'learning')
    await settle([laptop, desktop])

    const ids = [laptop.engine.deviceId, desktop.engine.deviceId]
    expect(new Set(ids).size).toBe(2)
    const notices = [laptop, desktop].map((device) => device.engine.status().notice)
    expect(notices.filter((notice) => notice?.includes('syncs under a new identity'))).toHaveLength(
      1,
    )
    expect(visibleState(laptop)).toEqual(visibleState(desktop))
    expect(visibleState(laptop)).toMatchObject({
      progress: { 'skill:sql': 'learning', 'skill:python': 'done', 'skill:spark': 'learning' },
    })
    await closeDevice(laptop)
    await closeDevice(desktop)
  })

  it('takes a new identity when its own device file names another install, with every segment as it wrote them', async () => {
    const root = tempDir()
    const laptop = await openDevice(root, 'laptop')
    const desktop = await openDevice(root, 'desktop')
    await setStatus(laptop, 'skill:sql', 'learning')
    await laptop.engine.sync()
    const id = laptop.engine.deviceId
    // Another install writing under this id rewrites the device file with its own nonce; the
    // segments, op numbers and clocks stay exactly as this install wrote them.
    const deviceFile = path.join(deviceDir(laptop.syncDir, id), 'device.json')
    const written = JSON.parse(await readFile(deviceFile, 'utf8')) as { installNonce: string }
    const segments = await readdir(deviceDir(laptop.syncDir, id))
    await writeFile(
      deviceFile,
      JSON.stringify({ ...written, installNonce: 'another-install-0001' }),
    )

    const status = await laptop.engine.sync()
    expect(status.deviceId).not.toBe(id)
    expect(status.notice).toMatch(/now syncs under a new identity/)
    // The other install's files are left as they are.
    expect(await readdir(deviceDir(laptop.syncDir, id))).toEqual(segments)
    await setStatus(laptop, 'skill:python', 'done')
    await settle([laptop, desktop])
    expect(visibleState(desktop)).toEqual(visibleState(laptop))
    expect(visibleState(desktop)).toMatchObject({
      progress: { 'skill:sql': 'learning', 'skill:python': 'done' },
    })
    await closeDevice(laptop)
    await closeDevice(desktop)
  })
})
