import { describe, expect, it } from 'vitest'
import type { ProgressKey, ProgressStatus } from '@shared/domain/progress/types'
import { useTempDir } from '../../store/helpers'
import {
  clock,
  closeDevice,
  createPlan,
  editPlan,
  openDevice,
  setStatus,
  visibleState,
  type Device,
} from './devices'
import {
  copyAll,
  copyAsConflict,
  copyAsPlaceholder,
  copyAsTemp,
  copyPartial,
  copyWhole,
  downloadPlaceholders,
  ownFiles,
} from './fake-syncer'

const HOUR = 3_600_000
const KEYS: ProgressKey[] = ['skill:sql', 'skill:python', 'skill:spark', 'tip:ship-a-project']
const STATUSES: ProgressStatus[] = ['todo', 'learning', 'done', 'skipped']

/** A small seeded random source, so a failing run can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state % n
  }
}

/** Every warning a device shows after a sync, gathered over the run. */
async function syncAndCollect(device: Device, seen: Set<string>): Promise<void> {
  const status = await device.engine.sync()
  for (const warning of status.warnings) seen.add(warning)
}

/** Lets the syncer finish its work and every device read it, a few times over. */
async function settle(devices: Device[], seen: Set<string>): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await downloadPlaceholders(devices)
    await copyAll(devices)
    for (const device of devices) await syncAndCollect(device, seen)
  }
}

describe('three computers, a syncer that delays, reorders, duplicates and cuts files short', () => {
  const tempDir = useTempDir()

  for (const seed of [1, 2, 3]) {
    it(`converge with nothing acknowledged lost (seed ${seed})`, async () => {
      const pick = random(seed)
      // Clocks an hour fast, an hour slow, and right.
      const devices = [
        await openDevice(tempDir(), 'laptop', { offsetMs: HOUR }),
        await openDevice(tempDir(), 'desktop', { offsetMs: -HOUR }),
        await openDevice(tempDir(), 'work', { offsetMs: 0 }),
      ]
      const seen = new Set<string>()
      const acknowledgedEvents: string[] = []
      const plans: string[] = []
      for (let step = 0; step < 40; step++) {
        clock.now += 1 + pick(120_000)
        const device = devices[pick(devices.length)] as Device
        const known = device.store.data.plans.map((plan) => plan.id)
        const action = pick(6)
        if (action <= 1) {
          acknowledgedEvents.push(
            await setStatus(
              device,
              KEYS[pick(KEYS.length)] as ProgressKey,
              STATUSES[pick(4)] as ProgressStatus,
            ),
          )
        } else if (action === 2 || known.length === 0) {
          const id = `plan-${seed}-${step}`
          await createPlan(device, id, `Plan ${step}`)
          plans.push(id)
        } else {
          const id = known[pick(known.length)] as string
          const edit = [
            { title: `Renamed at ${step}` },
            { addItem: `item-${step}` },
            { deleted: pick(2) === 0 },
          ][pick(3)]
          await editPlan(device, id, edit ?? {})
        }
        if (pick(3) === 0) await syncAndCollect(devices[pick(3)] as Device, seen)
        // The syncer: a few file moves per step, in random order, with faults.
        const files = await ownFiles(devices)
        for (let move = 0; move < 3 && files.length > 0; move++) {
          const file = files[pick(files.length)]
          const to = devices[pick(3)] as Device
          if (!file || to === file.from) continue
          const fault = pick(10)
          if (fault <= 3) await copyWhole(file, to)
          else if (fault === 4) {
            await copyWhole(file, to)
            await copyWhole(file, to)
          } else if (fault === 5) await copyPartial(file, to)
          else if (fault === 6) await copyAsPlaceholder(file, to)
          else if (fault === 7) await copyAsTemp(file, to)
          // 8, 9: delayed, copied some later step.
        }
      }
      // Conflict copies, as Syncthing and Dropbox make them: read when whole, skipped when not.
      const files = (await ownFiles(devices)).filter((file) =>
        file.relative.endsWith('seg-000001.json'),
      )
      const [first, second] = files
      if (first && second) {
        await copyAsConflict(first, devices.find((d) => d !== first.from) as Device, 'syncthing')
        await copyAsConflict(second, devices.find((d) => d !== second.from) as Device, 'dropbox')
        await copyAsConflict(second, second.from, 'syncthing', 'partial')
      }
      await settle(devices, seen)

      const [reference, ...others] = devices.map(visibleState)
      for (const state of others) expect(state).toEqual(reference)
      for (const device of devices) {
        const ids = new Set(device.store.data.activity.map((event) => event.id))
        for (const id of acknowledgedEvents) expect(ids.has(id)).toBe(true)
        const planIds = new Set(device.store.data.plans.map((plan) => plan.id))
        for (const id of plans) expect(planIds.has(id)).toBe(true)
        // Every device lists the other two.
        expect(device.engine.status().devices).toHaveLength(3)
      }
      const warnings = [...seen].join('\n')
      expect(warnings).toMatch(/conflict copy/)
      expect(warnings).toMatch(/not downloaded to this computer yet/)
      expect(warnings).toMatch(/could not be used yet \(it is incomplete\)/)
      for (const device of devices) await closeDevice(device)
    })
  }
})
