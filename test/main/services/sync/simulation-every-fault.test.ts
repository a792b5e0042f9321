import { cp, rm, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { ProgressKey, ProgressStatus } from '@shared/domain/progress/types'
import { useTempDir } from '../../store/helpers'
import { copyProfile } from './copied-profile'
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
  copyAsPlaceholder,
  copyAsTemp,
  copyPartial,
  copyWhole,
  downloadPlaceholders,
  ownFiles,
} from './fake-syncer'

const HOUR = 3_600_000
const YEAR = 365 * 24 * HOUR
const KEYS: ProgressKey[] = ['skill:sql', 'skill:python', 'skill:spark', 'tip:ship-a-project']
const STATUSES: ProgressStatus[] = ['todo', 'learning', 'done', 'skipped']
const STEPS = 40
/** The step at which the profile of `work` is copied to another computer (a cloned device). */
const CLONE_AT = 8
/** Steps during which the laptop's sync folder cannot be read (an unmounted share). */
const UNREADABLE = { from: 14, to: 20 }
/** Steps during which the desktop's sync folder is full. */
const FULL = { from: 22, to: 28 }

/** A small seeded random source, so a failing run can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state % n
  }
}

/** What the user was shown over the run: every warning, and every notice. */
interface Shown {
  warnings: Set<string>
  notices: Set<string>
}

async function syncAndCollect(device: Device, shown: Shown): Promise<void> {
  const status = await device.engine.sync()
  for (const warning of status.warnings) shown.warnings.add(warning)
  if (status.notice) shown.notices.add(status.notice)
}

/** Lets the syncer finish its work and every device read it, a few times over. */
async function settle(devices: readonly Device[], shown: Shown): Promise<void> {
  for (let round = 0; round < 3; round++) {
    clock.now += 1_000
    await downloadPlaceholders(devices)
    await copyAll(devices)
    for (const device of devices) await syncAndCollect(device, shown)
  }
}

/** Every device in `all` shows the same state and holds every acknowledged change. */
function expectConverged(
  all: readonly Device[],
  events: readonly string[],
  plans: readonly string[],
): void {
  const [reference, ...others] = all.map(visibleState)
  for (const [index, state] of others.entries())
    expect(state, `${all[index + 1]?.name} against ${all[0]?.name}`).toEqual(reference)
  for (const device of all) {
    const eventIds = new Set(device.store.data.activity.map((event) => event.id))
    for (const id of events) expect(eventIds.has(id), `${id} on ${device.name}`).toBe(true)
    const planIds = new Set(device.store.data.plans.map((plan) => plan.id))
    for (const id of plans) expect(planIds.has(id), `${id} on ${device.name}`).toBe(true)
  }
}

describe('three computers and every fault a sync folder has, in one run', () => {
  const tempDir = useTempDir()

  for (const seed of [1, 2])
    it(`converge with nothing acknowledged lost and every warning shown: a copied profile, a clock 50 years ahead, a folder unreadable then full (seed ${seed})`, async () => {
      const root = tempDir()
      const pick = random(seed)
      const devices: Device[] = [
        await openDevice(root, 'laptop', { offsetMs: HOUR }),
        await openDevice(root, 'desktop', { offsetMs: -HOUR }),
        await openDevice(root, 'work'),
        // A fourth computer whose clock is set 50 years ahead.
        await openDevice(root, 'old-pc', { offsetMs: 50 * YEAR }),
      ]
      const named = (name: string): Device => devices.find((d) => d.name === name) as Device
      const shown: Shown = { warnings: new Set(), notices: new Set() }
      // Acknowledged changes, and whether the 50-years-ahead computer made them.
      const events: { id: string; ahead: boolean }[] = []
      const plans: { id: string; ahead: boolean }[] = []
      const unreadable = { on: false, moved: `${named('laptop').syncDir}-away` }
      for (let step = 0; step < STEPS; step++) {
        clock.now += 1 + pick(120_000)
        if (step === CLONE_AT) {
          // The user copies work's profile to a new computer; both go on under one id.
          const copy = await copyProfile(root, named('work'), 'work-copy')
          devices[devices.indexOf(named('work'))] = await openDevice(root, 'work', { join: false })
          devices.push(copy)
        }
        const laptop = named('laptop')
        if (step === UNREADABLE.from) {
          await cp(laptop.syncDir, unreadable.moved, { recursive: true })
          await rm(laptop.syncDir, { recursive: true })
          await writeFile(laptop.syncDir, 'not a folder')
          unreadable.on = true
        }
        if (step === UNREADABLE.to) {
          await rm(laptop.syncDir)
          await cp(unreadable.moved, laptop.syncDir, { recursive: true })
          await rm(unreadable.moved, { recursive: true })
          unreadable.on = false
        }
        named('desktop').full.on = step >= FULL.from && step < FULL.to
        // A change made while the folder is away, and one while it is full: kept, shared later.
        if (step === UNREADABLE.from) {
          await createPlan(laptop, `plan-${seed}-away`, 'Made while the folder was away')
          plans.push({ id: `plan-${seed}-away`, ahead: false })
        }
        if (step === FULL.from) {
          const id = await setStatus(named('desktop'), 'skill:dbt', 'learning')
          events.push({ id, ahead: false })
        }
        const device = devices[pick(devices.length)] as Device
        const ahead = device.name === 'old-pc'
        const known = device.store.data.plans.map((plan) => plan.id)
        const action = pick(6)
        if (action <= 1) {
          const key = KEYS[pick(KEYS.length)] as ProgressKey
          events.push({
            id: await setStatus(device, key, STATUSES[pick(4)] as ProgressStatus),
            ahead,
          })
        } else if (action === 2 || known.length === 0) {
          const id = `plan-${seed}-${step}`
          await createPlan(device, id, `Plan ${step}`)
          plans.push({ id, ahead })
        } else {
          const id = known[pick(known.length)] as string
          const edit = [
            { title: `Renamed at ${step}` },
            { addItem: `item-${step}` },
            { deleted: pick(2) === 0 },
          ][pick(3)]
          await editPlan(device, id, edit ?? {})
        }
        // Each keeps trying while its folder is away or full, as the app does.
        if (unreadable.on) await syncAndCollect(laptop, shown)
        if (named('desktop').full.on) await syncAndCollect(named('desktop'), shown)
        if (pick(2) === 0) await syncAndCollect(devices[pick(devices.length)] as Device, shown)
        // The syncer: a few file moves per step, in random order, with faults; it cannot
        // reach a folder that is away.
        const reachable = devices.filter((d) => !(unreadable.on && d === laptop))
        const files = await ownFiles(reachable)
        for (let move = 0; move < 4 && files.length > 0; move++) {
          const file = files[pick(files.length)]
          const to = reachable[pick(reachable.length)] as Device
          if (!file || to === file.from) continue
          const fault = pick(10)
          if (fault <= 4) await copyWhole(file, to)
          else if (fault === 5) await copyPartial(file, to)
          else if (fault === 6) await copyAsPlaceholder(file, to)
          else if (fault === 7) await copyAsTemp(file, to)
          // 8, 9: delayed, copied some later step.
        }
      }
      await settle(devices, shown)

      // Every computer with a right clock agrees, and holds all but the changes stamped 50
      // years ahead, which are held back, not lost.
      const rightClocks = devices.filter((d) => d.name !== 'old-pc')
      const heldBack = (each: { ahead: boolean }): boolean => !each.ahead
      expectConverged(
        rightClocks,
        events.filter(heldBack).map((each) => each.id),
        plans.filter(heldBack).map((each) => each.id),
      )
      const warnings = [...shown.warnings].join('\n')
      expect(warnings).toMatch(/The clock on old-pc is more than a day ahead/)
      expect(warnings).toMatch(/The sync folder could not be read/)
      expect(warnings).toMatch(/could not be written to the sync folder: no space left/)
      expect([...shown.notices].join('\n')).toMatch(/now syncs under a new identity/)
      // The copy and the original now sync as two computers.
      expect(named('work').engine.status().deviceId).not.toBe(
        named('work-copy').engine.status().deviceId,
      )

      // Time reaches old-pc's stamps: everything merges, everywhere, and the warning goes.
      clock.now += 50 * YEAR
      named('old-pc').offset.ms = 0
      await settle(devices, shown)
      expectConverged(
        devices,
        events.map((each) => each.id),
        plans.map((each) => each.id),
      )
      for (const device of devices) {
        expect(device.engine.status().warnings, device.name).toEqual([])
        expect(device.engine.status().devices, device.name).toHaveLength(devices.length)
      }
      for (const device of devices) await closeDevice(device)
    })
})
