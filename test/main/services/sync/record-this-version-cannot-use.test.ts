import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { publishOps } from '../../../../src/main/services/sync/folder-writer'
import { deviceDir, segmentName } from '../../../../src/main/services/sync/layout'
import { formatStamp } from '@shared/sync/hlc'
import { BODY, type Op } from '@shared/sync/ops'
import { useTempDir } from '../../store/helpers'
import { clock, closeDevice, createPlan, openDevice, type Device } from './devices'
import { settle } from './fake-syncer'

const NEWER = 'newer-pc-01'
const WARNING =
  'A plan changed on another computer is in a form this version of Role Atlas cannot use, so it is left out here. Keep every computer on the same version of Role Atlas.'

/** The laptop's published put of `planId`, as its segment holds it. */
async function publishedPut(device: Device, planId: string): Promise<Op & { kind: 'put' }> {
  const file = path.join(deviceDir(device.syncDir, device.engine.deviceId), segmentName(1))
  const { ops } = JSON.parse(await readFile(file, 'utf8')) as { ops: Op[] }
  const put = ops.find((op) => op.kind === 'put' && op.recordId === planId)
  if (put?.kind !== 'put') throw new Error(`no put of ${planId} was published`)
  return put
}

/** A put of the plan `plan-from-newer` by a newer version's computer, its body changed by `body`. */
function newerPut(
  put: Op & { kind: 'put' },
  seq: number,
  body: (laptops: Record<string, unknown>) => Record<string, unknown>,
): Op {
  return {
    ...put,
    id: `${NEWER}:${seq}`,
    clock: formatStamp({ wall: clock.now, counter: 0 }, NEWER),
    recordId: 'plan-from-newer',
    fields: {
      ...put.fields,
      [BODY]: body({ ...(put.fields[BODY] as Record<string, unknown>), id: 'plan-from-newer' }),
    },
  }
}

describe('a record from another computer this version cannot use', () => {
  const tempDir = useTempDir()

  it('is left out with a plain-words warning that stays until a later change makes it usable', async () => {
    const root = tempDir()
    const a = await openDevice(root, 'laptop')
    let b = await openDevice(root, 'desktop')
    await createPlan(a, 'plan-spring', 'Spring study')
    await a.engine.sync()
    const put = await publishedPut(a, 'plan-spring')

    // A newer version on a third computer writes a plan with a date this version cannot read.
    const first = newerPut(put, 1, (body) => ({ ...body, createdAt: 'spring' }))
    await publishOps(b.syncDir, NEWER, { number: 1, ops: [], checksum: null }, [first])
    await settle([a, b])
    expect(b.store.data.plans.map((plan) => plan.id)).toEqual(['plan-spring'])
    expect((await b.engine.sync()).warnings).toContain(WARNING)
    // Sync itself goes on: a later change still travels, and the warning is still there.
    await createPlan(b, 'plan-summer', 'Summer study')
    await settle([a, b])
    expect(a.store.data.plans.map((plan) => plan.id).sort()).toEqual(['plan-spring', 'plan-summer'])
    expect(b.engine.status().warnings).toContain(WARNING)
    // And after a restart.
    await closeDevice(b)
    b = await openDevice(root, 'desktop', { join: false })
    expect((await b.engine.sync()).warnings).toContain(WARNING)

    // The newer computer writes the plan again in a form this version reads.
    clock.now += 60_000
    const second = newerPut(put, 2, (body) => body)
    await publishOps(b.syncDir, NEWER, { number: 1, ops: [first], checksum: null }, [second])
    const status = await b.engine.sync()
    expect(status.warnings).not.toContain(WARNING)
    expect(b.store.data.plans.map((plan) => plan.id).sort()).toEqual([
      'plan-from-newer',
      'plan-spring',
      'plan-summer',
    ])
    await closeDevice(a)
    await closeDevice(b)
  })
})
