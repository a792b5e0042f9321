import { readdir, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { deviceDir } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import { closeDevice, openDevice, setStatus } from './devices'

describe('publishing this computer’s changes', () => {
  const tempDir = useTempDir()

  it('adds each change to the open segment, and after a restart goes on filling the same one', async () => {
    const root = tempDir()
    const laptop = await openDevice(root, 'laptop')
    await setStatus(laptop, 'skill:sql', 'done')
    await laptop.engine.publish()
    await setStatus(laptop, 'skill:python', 'learning')
    await laptop.engine.publish()
    const deviceId = laptop.engine.status().deviceId
    await closeDevice(laptop)

    const again = await openDevice(root, 'laptop', { join: false })
    await again.engine.sync()
    await setStatus(again, 'skill:sql', 'learning')
    await again.engine.publish()
    const dir = deviceDir(again.syncDir, deviceId)
    // Where the log stood is saved behind each write and flushed on close: a restart that
    // lost it would start a new segment and publish the last change twice.
    expect((await readdir(dir)).sort()).toEqual(['device.json', 'seg-000001.json'])
    const segment = JSON.parse(await readFile(`${dir}/seg-000001.json`, 'utf8')) as {
      ops: { id: string }[]
    }
    // Every op once, in order: what joining published, then the three ticks.
    const ids = segment.ops.map((op) => op.id)
    expect(ids.length).toBeGreaterThanOrEqual(3)
    expect(ids).toEqual(ids.map((_, index) => `${deviceId}:${index + 1}`))
    expect(again.engine.status().pendingChanges).toBe(0)
    await closeDevice(again)
  })
})
