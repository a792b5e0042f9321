import { describe, expect, it } from 'vitest'
import { listBackups } from '../../../../src/main/store/backups'
import { useTempDir } from '../../store/helpers'
import {
  clock,
  closeDevice,
  createPlan,
  editPlan,
  openDevice,
  setStatus,
  visibleState,
} from './devices'
import { copyAll } from './fake-syncer'

describe('two computers syncing through one folder', () => {
  const tempDir = useTempDir()

  it('shows a tick made on one on the other, and keeps a rename and a tick made apart', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    await createPlan(a, 'plan-1', 'Become a data engineer')
    await setStatus(a, 'skill:sql', 'done')
    await a.engine.sync()
    await copyAll([a, b])
    await b.engine.sync()
    expect(visibleState(b)).toEqual(visibleState(a))
    // The first merge from a folder is backed up first, so it can be undone from Backups.
    expect((await listBackups(b.store.filePath)).map((backup) => backup.kind)).toContain('pre-sync')
    // Offline: a rename on B, a new item and a tick on A.
    clock.now += 60_000
    await editPlan(b, 'plan-1', { title: 'Data engineering by spring' })
    await editPlan(a, 'plan-1', { addItem: 'airflow' })
    await setStatus(a, 'skill:python', 'learning')
    for (let round = 0; round < 2; round++) {
      await a.engine.sync()
      await b.engine.sync()
      await copyAll([a, b])
    }
    expect(visibleState(a)).toEqual(visibleState(b))
    expect(visibleState(a)).toMatchObject({
      plans: [{ id: 'plan-1', title: 'Data engineering by spring', items: ['custom:airflow'] }],
      progress: { 'skill:sql': 'done', 'skill:python': 'learning' },
    })
    expect(b.engine.status().devices.map((device) => device.name)).toEqual(['desktop', 'laptop'])
    // Later small merges from the same folder are not backed up again.
    const preSync = (await listBackups(b.store.filePath)).filter(
      (backup) => backup.kind === 'pre-sync',
    )
    expect(preSync).toHaveLength(1)
    await closeDevice(a)
    await closeDevice(b)
  })

  it('shares progress made before sync was on, on a computer joining a folder that already holds another’s', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop', { join: false })
    await setStatus(a, 'skill:sql', 'done')
    await a.engine.sync()
    clock.now += 60_000
    await setStatus(b, 'skill:python', 'learning')
    await setStatus(b, 'skill:statistics', 'done')
    await copyAll([a, b])
    // B merges A's progress and, in the same pass, shares the progress it made on its own.
    await b.engine.chooseFolder(b.syncDir)
    await copyAll([a, b])
    await a.engine.sync()
    expect(visibleState(a)).toEqual(visibleState(b))
    expect(visibleState(a)).toMatchObject({
      progress: { 'skill:sql': 'done', 'skill:python': 'learning', 'skill:statistics': 'done' },
    })
    await closeDevice(a)
    await closeDevice(b)
  })
})
