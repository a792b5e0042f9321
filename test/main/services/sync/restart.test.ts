import type * as fs from 'node:fs/promises'
import { readdir, readFile, utimes } from 'node:fs/promises'
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import {
  clock,
  closeDevice,
  manyChanges,
  openDevice,
  setStatus,
  visibleState,
  type Device,
} from './devices'
import { copyAll, settle } from './fake-syncer'

// Every file read goes through this spy, so a test can count which segments a start reads.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>()
  return { ...actual, readFile: vi.fn(actual.readFile) }
})

/** The segments of the sync folder read since the spy was last cleared, as `deviceId/name`. */
function segmentsRead(device: Device): string[] {
  const devices = path.join(device.syncDir, APP_FOLDER, 'devices') + path.sep
  return vi
    .mocked(readFile)
    .mock.calls.map(([file]) => String(file))
    .filter((file) => file.startsWith(devices) && path.basename(file).startsWith('seg-'))
    .map((file) => path.relative(devices, file).split(path.sep).join('/'))
}

describe('starting again with what was merged before', () => {
  const tempDir = useTempDir()
  beforeEach(() => {
    vi.mocked(readFile).mockClear()
  })

  it('reads none of a forgotten computer’s files, nor any unchanged sealed segment, and still merges what is new', async () => {
    const root = tempDir()
    const a = await openDevice(root, 'laptop')
    const b = await openDevice(root, 'desktop')
    const c = await openDevice(root, 'old-laptop')
    // 1,001 changes on A: a sealed segment and an open one.
    await manyChanges(a, 1001)
    await manyChanges(c, 5)
    await settle([a, b, c])
    const aId = a.engine.status().deviceId
    const cId = c.engine.status().deviceId
    await closeDevice(c)
    await b.engine.forgetDevice(cId)
    await b.engine.sync()
    const before = visibleState(b)

    await closeDevice(b)
    vi.mocked(readFile).mockClear()
    const again = await openDevice(root, 'desktop', { join: false })
    await again.engine.sync()
    expect(segmentsRead(again).filter((file) => file.startsWith(`${cId}/`))).toEqual([])
    expect(segmentsRead(again)).not.toContain(`${aId}/seg-000001.json`)
    // Nothing from A changed either: only this computer's own open segment was read.
    expect(segmentsRead(again).every((file) => file.startsWith(`${again.engine.deviceId}/`))).toBe(
      true,
    )
    expect(visibleState(again)).toEqual(before)
    expect(again.engine.status().devices.map((device) => device.deviceId)).not.toContain(cId)

    // A new change on A is read (its open segment changed), and nothing else of A's.
    vi.mocked(readFile).mockClear()
    await setStatus(a, 'skill:sql', 'learning')
    await a.engine.sync()
    await copyAll([a, again])
    await again.engine.sync()
    expect(segmentsRead(again)).toEqual([`${aId}/seg-000002.json`])
    expect(visibleState(again)).toEqual(visibleState(a))
    await closeDevice(a)
    await closeDevice(again)
  }, 20_000)

  it('lists a forgotten computer again when it syncs new changes, says so, and merges them', async () => {
    const root = tempDir()
    const a = await openDevice(root, 'laptop')
    const c = await openDevice(root, 'old-laptop')
    await setStatus(c, 'skill:sql', 'learning')
    await settle([a, c])
    const cId = c.engine.status().deviceId
    await closeDevice(c)
    await a.engine.forgetDevice(cId)
    // Its files copied again as they were (a syncer touching them) is not a return.
    const cDir = path.join(a.syncDir, APP_FOLDER, 'devices', cId)
    for (const name of await readdir(cDir))
      await utimes(path.join(cDir, name), new Date(), new Date(clock.now + 60_000))
    await settle([a])
    expect(a.engine.status().notice).toBeNull()

    const back = await openDevice(root, 'old-laptop', { join: false })
    await setStatus(back, 'skill:python', 'done')
    await settle([a, back])
    const status = a.engine.status()
    expect(status.notice).toBe(
      'old-laptop was forgotten but has synced again, so it is listed again and its new changes are here.',
    )
    expect(status.devices.map((device) => device.deviceId)).toContain(cId)
    expect(visibleState(a)).toEqual(visibleState(back))
    expect(a.store.data.progress.find((record) => record.key === 'skill:python')?.status).toBe(
      'done',
    )
    // Once seen, the notice goes; the computer stays listed after a restart.
    expect((await a.engine.dismissNotice()).notice).toBeNull()
    await closeDevice(a)
    const again = await openDevice(root, 'laptop', { join: false })
    await again.engine.sync()
    expect(again.engine.status().devices.map((device) => device.deviceId)).toContain(cId)
    expect(again.engine.status().notice).toBeNull()
    await closeDevice(again)
    await closeDevice(back)
  })

  it('keeps changes held back for a clock far ahead across a restart, and merges them once time catches up', async () => {
    const root = tempDir()
    const a = await openDevice(root, 'laptop')
    const future = await openDevice(root, 'old-pc', { offsetMs: 3 * 24 * 3_600_000 })
    await setStatus(future, 'skill:sql', 'done')
    await settle([a, future])
    expect(a.store.data.progress.find((record) => record.key === 'skill:sql')).toBeUndefined()
    await closeDevice(a)
    const again = await openDevice(root, 'laptop', { join: false })
    await again.engine.sync()
    expect(again.engine.status().devices.find((d) => d.name === 'old-pc')?.clockAhead).toBe(true)
    again.offset.ms = 3 * 24 * 3_600_000
    await again.engine.sync()
    expect(again.store.data.progress.find((record) => record.key === 'skill:sql')?.status).toBe(
      'done',
    )
    await closeDevice(again)
    await closeDevice(future)
  })
})
