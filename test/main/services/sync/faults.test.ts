import { cp, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import {
  clock,
  closeDevice,
  createPlan,
  openDevice,
  setStatus,
  snapshotData,
  visibleState,
} from './devices'
import { copyAll } from './fake-syncer'

const YEAR = 365 * 24 * 3_600_000

describe('what a sync folder does to you', () => {
  const tempDir = useTempDir()

  it('holds back a computer whose clock is 50 years ahead, says so, and merges it once time catches up', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const future = await openDevice(tempDir(), 'old-pc', { offsetMs: 50 * YEAR })
    await setStatus(a, 'skill:sql', 'learning')
    await setStatus(future, 'skill:sql', 'done')
    for (let round = 0; round < 2; round++) {
      await a.engine.sync()
      await future.engine.sync()
      await copyAll([a, future])
    }
    const status = await a.engine.sync()
    // The wrong clock does not win every edit here, and does not drag this clock forward.
    expect(a.store.data.progress.find((record) => record.key === 'skill:sql')?.status).toBe(
      'learning',
    )
    expect(status.warnings.join('\n')).toMatch(/The clock on old-pc is more than a day ahead/)
    expect(status.devices.find((device) => device.name === 'old-pc')?.clockAhead).toBe(true)
    // The other computer still gets this one's changes.
    expect(future.store.data.activity).toHaveLength(2)
    // Held, not lost: once this machine's time reaches that stamp, it merges.
    a.offset.ms = 50 * YEAR
    await a.engine.sync()
    expect(visibleState(a)).toEqual(visibleState(future))
    expect(a.engine.status().warnings).toEqual([])
    await closeDevice(a)
    await closeDevice(future)
  })

  it('gives a restored backup a new identity, says so, and loses nothing made since the backup', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    await setStatus(a, 'skill:sql', 'learning')
    await a.engine.sync()
    const backup = path.join(tempDir(), 'laptop-backup')
    await snapshotData(a, backup)
    const oldId = a.engine.status().deviceId
    await setStatus(a, 'skill:python', 'done')
    await a.engine.sync()
    await copyAll([a, b])
    await closeDevice(a)
    // The user restores last week's copy of their profile: same id, fewer changes.
    await rm(a.dataDir, { recursive: true })
    await cp(backup, a.dataDir, { recursive: true })
    const restored = await openDevice(tempDir(), 'laptop', { join: false })
    const status = await restored.engine.sync()
    expect(status.deviceId).not.toBe(oldId)
    expect(status.notice).toMatch(/now syncs under a new identity/)
    // What it made after the backup is still in the folder under its old id, and comes back.
    expect(restored.store.data.progress.map((record) => record.key).sort()).toEqual([
      'skill:python',
      'skill:sql',
    ])
    await restored.engine.sync()
    await copyAll([restored, b])
    await b.engine.sync()
    expect(visibleState(b)).toEqual(visibleState(restored))
    await closeDevice(restored)
    await closeDevice(b)
  })

  it('reports a folder it cannot read, keeps changes here, and shares them once it can', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    const moved = `${a.syncDir}-away`
    await cp(a.syncDir, moved, { recursive: true })
    await rm(a.syncDir, { recursive: true })
    // Where the folder was, a file: reading it fails as an unmounted share or a revoked permission does.
    await writeFile(a.syncDir, 'not a folder')
    await createPlan(a, 'plan-1', 'Learn Spark')
    const status = await a.engine.sync()
    expect(status.state).toBe('error')
    expect(status.warnings.join('\n')).toMatch(/The sync folder could not be read/)
    expect(status.pendingChanges).toBeGreaterThan(0)
    expect(a.store.data.plans).toHaveLength(1)
    await rm(a.syncDir)
    await cp(moved, a.syncDir, { recursive: true })
    const recovered = await a.engine.sync()
    expect(recovered.state).toBe('idle')
    expect(recovered.pendingChanges).toBe(0)
    await copyAll([a, b])
    await b.engine.sync()
    expect(b.store.data.plans.map((plan) => plan.title)).toEqual(['Learn Spark'])
    await closeDevice(a)
    await closeDevice(b)
  })

  it('reports a full folder, keeps changes here, and writes them once there is room', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    a.full.on = true
    await setStatus(a, 'skill:sql', 'done')
    const status = await a.engine.sync()
    expect(status.warnings.join('\n')).toMatch(
      /could not be written to the sync folder: no space left/,
    )
    expect(status.pendingChanges).toBe(1)
    a.full.on = false
    clock.now += 45_000
    expect((await a.engine.sync()).pendingChanges).toBe(0)
    await copyAll([a, b])
    await b.engine.sync()
    expect(visibleState(b)).toEqual(visibleState(a))
    await closeDevice(a)
    await closeDevice(b)
  })

  it('ignores what a crash between writing a temp file and renaming it leaves, and goes on', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    await setStatus(a, 'skill:sql', 'done')
    await a.engine.sync()
    await copyAll([a, b])
    const dir = path.join(b.syncDir, APP_FOLDER, 'devices', a.engine.status().deviceId)
    await writeFile(path.join(dir, '.seg-000001.json.4242.a1b2c3d4e5f6.tmp'), '{"format":"role-atl')
    const status = await b.engine.sync()
    expect(status.warnings).toEqual([])
    expect(visibleState(b)).toEqual(visibleState(a))
    await setStatus(a, 'skill:python', 'learning')
    await a.engine.sync()
    await copyAll([a, b])
    await b.engine.sync()
    expect(visibleState(b)).toEqual(visibleState(a))
    await closeDevice(a)
    await closeDevice(b)
  })

  it('never takes a missing file for a deletion', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    await createPlan(a, 'plan-1', 'Learn Spark')
    await a.engine.sync()
    await copyAll([a, b])
    await b.engine.sync()
    // The syncer (or the user) removes a's files from b's copy of the folder.
    const dir = path.join(b.syncDir, APP_FOLDER, 'devices', a.engine.status().deviceId)
    for (const name of await readdir(dir)) await rm(path.join(dir, name))
    await b.engine.sync()
    expect(b.store.data.plans.map((plan) => plan.id)).toEqual(['plan-1'])
    await closeDevice(a)
    await closeDevice(b)
  })
})
