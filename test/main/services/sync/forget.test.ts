import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { deviceDir } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import { closeDevice, createPlan, openDevice, visibleState, type Device } from './devices'
import { settle } from './fake-syncer'

/** A purge: the plan leaves the data file, which sync publishes as a delete (a tombstone). */
async function purgePlan(device: Device, id: string): Promise<void> {
  await device.store.update((draft) => {
    draft.plans = draft.plans.filter((plan) => plan.id !== id)
  })
}

/** The text of every file a device wrote, as another computer's copy of the folder holds it. */
async function filesOf(holder: Device, deviceId: string): Promise<Record<string, string>> {
  const dir = deviceDir(holder.syncDir, deviceId)
  const names = (await readdir(dir)).sort()
  return Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as const),
    ),
  )
}

describe('forgetting a computer', () => {
  const tempDir = useTempDir()

  it('lets sync drop deletes once every active computer has seen them, and never revives them', async () => {
    const root = tempDir()
    const a = await openDevice(root, 'laptop')
    const b = await openDevice(root, 'desktop')
    const c = await openDevice(root, 'old-laptop')
    await createPlan(a, 'plan-1', 'Become a data engineer')
    await createPlan(a, 'plan-2', 'Learn Spark')
    await settle([a, b, c])
    expect(visibleState(c)).toEqual(visibleState(a))

    // A deletes plan-1; every computer sees it, so its tombstone can go everywhere.
    await purgePlan(a, 'plan-1')
    await settle([a, b, c], 3)
    for (const device of [a, b, c]) {
      expect(device.engine.tombstoneCount).toBe(0)
      expect(visibleState(device)).toEqual(visibleState(a))
    }

    // The old laptop is put away; A deletes plan-2 while it is off. The delete waits for it.
    const cId = c.engine.status().deviceId
    await closeDevice(c)
    await purgePlan(a, 'plan-2')
    await settle([a, b], 3)
    expect(a.engine.tombstoneCount).toBe(1)
    expect(b.engine.tombstoneCount).toBe(1)

    // Forgotten on both: the delete no longer waits; the plan stays deleted.
    const cFilesBefore = await filesOf(a, cId)
    await a.engine.forgetDevice(cId)
    await b.engine.forgetDevice(cId)
    await settle([a, b], 3)
    expect(a.engine.tombstoneCount).toBe(0)
    expect(b.engine.tombstoneCount).toBe(0)
    for (const device of [a, b]) {
      expect(visibleState(device)).toMatchObject({ plans: [] })
      expect(device.engine.status().devices.map((seen) => seen.deviceId)).not.toContain(cId)
    }
    // Its files are left exactly as it wrote them.
    expect(await filesOf(a, cId)).toEqual(cFilesBefore)

    // A restart carries on from what was merged: the dropped deletes stay dropped.
    await closeDevice(b)
    const again = await openDevice(root, 'desktop', { join: false })
    await settle([a, again])
    expect(visibleState(again)).toEqual(visibleState(a))
    expect(again.engine.tombstoneCount).toBe(0)

    // Forgetting is undone by listing the computer again.
    const listed = await a.engine.unforgetDevice(cId)
    expect(listed.devices.map((seen) => seen.deviceId)).toContain(cId)
    await closeDevice(a)
    await closeDevice(again)
  })
})
