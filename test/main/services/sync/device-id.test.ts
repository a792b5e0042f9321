import { cp, readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
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
})
