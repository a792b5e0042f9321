import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../store/helpers'
import { copyProfile, expectConvergedKeeping, setManyStatuses } from './copied-profile'
import {
  clock,
  closeDevice,
  createPlan,
  editPlan,
  openDevice,
  setStatus,
  type Device,
} from './devices'
import { copyAll, copyAllWithConflicts, copyWhole, ownFiles } from './fake-syncer'

/** Gives `to` the files `from` wrote under its own id, as they are now in `from`'s folder. */
async function deliver(from: Device, to: Device): Promise<void> {
  for (const file of await ownFiles([from])) await copyWhole(file, to)
}

interface Case {
  /** Whose version of a file both wrote the syncer keeps under its own name. */
  kept: 'original' | 'copy'
  /** Which copy made more changes before they found each other. */
  busier: 'original' | 'copy'
  style: 'syncthing' | 'dropbox' | 'no copy'
  /** Both make their changes at the same moment, so their ops tie on clock too. */
  together?: boolean
  /** Each also makes a thousand changes at once, so both seal a segment of the same number. */
  bulk?: boolean
}

const cases: Case[] = [
  { kept: 'original', busier: 'original', style: 'syncthing' },
  { kept: 'copy', busier: 'original', style: 'dropbox' },
  { kept: 'original', busier: 'copy', style: 'dropbox' },
  { kept: 'copy', busier: 'copy', style: 'syncthing' },
  { kept: 'original', busier: 'original', style: 'syncthing', together: true },
  { kept: 'copy', busier: 'copy', style: 'dropbox', together: true },
  { kept: 'original', busier: 'original', style: 'no copy' },
  { kept: 'original', busier: 'copy', style: 'no copy' },
  { kept: 'copy', busier: 'original', style: 'no copy' },
  { kept: 'copy', busier: 'copy', style: 'no copy' },
  { kept: 'copy', busier: 'original', style: 'syncthing', bulk: true },
  { kept: 'original', busier: 'copy', style: 'dropbox', bulk: true },
]

describe('a profile copied to a second computer, both writing under one device id', () => {
  const tempDir = useTempDir()

  for (const { kept, busier, style, together = false, bulk = false } of cases) {
    it(`converges with every change kept (${kept} kept by the syncer, ${busier} busier, ${style}${together ? ', same moment' : ''}${bulk ? ', a sealed segment each' : ''})`, async () => {
      const root = tempDir()
      let laptop = await openDevice(root, 'laptop')
      const desktop = await openDevice(root, 'desktop')
      const work = await openDevice(root, 'work')
      await createPlan(laptop, 'plan-1', 'Become a data engineer')
      await createPlan(laptop, 'plan-2', 'Learn Spark')
      await setStatus(laptop, 'skill:sql', 'learning')
      const first = [laptop, desktop, work]
      for (let round = 0; round < 2; round++) {
        for (const device of first) await device.engine.sync()
        await copyAll(first)
      }
      for (const device of first) await device.engine.sync()

      // The user copies the laptop's profile to a new computer; both go on as "laptop".
      const copy = await copyProfile(root, laptop, 'laptop-copy')
      laptop = await openDevice(root, 'laptop', { join: false })
      expect(copy.engine.status().deviceId).toBe(laptop.engine.status().deviceId)

      // Apart from each other, each makes changes: the same op ids, different content.
      clock.now += 60_000
      const acknowledged: string[] = []
      acknowledged.push(await setStatus(laptop, 'skill:python', 'done'))
      await editPlan(laptop, 'plan-1', { title: 'Become an analytics engineer' })
      await createPlan(laptop, 'plan-laptop', 'Made on the laptop')
      if (!together) clock.now += 1_000
      acknowledged.push(await setStatus(copy, 'skill:spark', 'learning'))
      await editPlan(copy, 'plan-1', { addItem: 'dbt' })
      await editPlan(copy, 'plan-2', { deleted: true })
      await createPlan(copy, 'plan-copy', 'Made on the copy')
      if (bulk) {
        acknowledged.push(...(await setManyStatuses(laptop, 1000)))
        acknowledged.push(...(await setManyStatuses(copy, 1000)))
      }
      const extra = busier === 'original' ? laptop : copy
      acknowledged.push(await setStatus(extra, 'tip:ship-a-project', 'done'))
      await laptop.engine.sync()
      await copy.engine.sync()

      // The syncer reaches the desktop with the laptop's files and the work computer with the
      // copy's, before it notices the two versions; each syncs what it got.
      await deliver(laptop, desktop)
      await deliver(copy, work)
      await desktop.engine.sync()
      await work.engine.sync()

      // Then it keeps one version of each file both wrote and a conflict copy of the other.
      const all = [laptop, copy, desktop, work]
      const notices = new Set<string>()
      const warnings = new Set<string>()
      const keep = (writers: readonly Device[]): Device =>
        writers.find((device) => device === (kept === 'original' ? laptop : copy)) ??
        (writers[0] as Device)
      for (let round = 0; round < 4; round++) {
        clock.now += 1_000
        for (const device of all) {
          const status = await device.engine.sync()
          if (status.notice !== null) notices.add(`${device.name}: ${status.notice}`)
          for (const warning of status.warnings) warnings.add(warning)
        }
        await copyAllWithConflicts(all, keep, style)
      }
      for (const device of all) await device.engine.sync()

      expectConvergedKeeping(all, acknowledged)
      for (const device of all) {
        const plans = new Map(device.store.data.plans.map((plan) => [plan.id, plan]))
        expect(plans.get('plan-1')?.title).toBe('Become an analytics engineer')
        expect(plans.get('plan-1')?.items.map((item) => item.label)).toEqual(['dbt'])
        expect(plans.get('plan-2')?.deletedAt).toBeDefined()
        expect(plans.has('plan-laptop')).toBe(true)
        expect(plans.has('plan-copy')).toBe(true)
      }
      // The copies stop sharing an identity, and the user is told in plain words.
      expect(copy.engine.status().deviceId).not.toBe(laptop.engine.status().deviceId)
      expect([...notices].join('\n')).toMatch(
        /Another copy of Role Atlas \(a restored backup or a copied profile\) was syncing as this computer/,
      )
      if (style !== 'no copy') expect([...warnings].join('\n')).toMatch(/conflict copy/)
      for (const device of all) await closeDevice(device)
      // Four computers and, in the bulk cases, thousands of ops: a loaded CI machine needs longer.
    }, 30_000)
  }
})

/** A small seeded random source, so a failing run can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state % n
  }
}

describe('a copied profile, both copies and the syncer acting at random', () => {
  const tempDir = useTempDir()
  const styles = ['syncthing', 'dropbox', 'no copy'] as const
  const keys = ['skill:sql', 'skill:python', 'skill:spark', 'tip:ship-a-project'] as const

  for (const seed of [11, 12, 13, 14, 104, 275]) {
    it(`converges with every tick and new plan kept (seed ${seed})`, async () => {
      const pick = random(seed)
      const root = tempDir()
      let laptop = await openDevice(root, 'laptop')
      const desktop = await openDevice(root, 'desktop')
      await createPlan(laptop, 'plan-0', 'Shared plan')
      for (const device of [laptop, desktop]) await device.engine.sync()
      await copyAll([laptop, desktop])
      for (const device of [laptop, desktop]) await device.engine.sync()
      const copy = await copyProfile(root, laptop, 'laptop-copy')
      laptop = await openDevice(root, 'laptop', { join: false })
      const all = [laptop, copy, desktop]
      const style = styles[pick(styles.length)] ?? 'syncthing'
      const acknowledged: string[] = []
      const plans = ['plan-0']
      for (let step = 0; step < 16; step++) {
        clock.now += 1 + pick(30_000)
        const device = all[pick(all.length)] as Device
        const action = pick(4)
        const known = device.store.data.plans.map((plan) => plan.id)
        if (action === 0 || known.length === 0) {
          const id = `plan-${seed}-${step}`
          await createPlan(device, id, `Plan ${step}`)
          plans.push(id)
        } else if (action === 1) {
          const id = known[pick(known.length)] as string
          await editPlan(
            device,
            id,
            [{ title: `Renamed ${step}` }, { addItem: `item-${step}` }][pick(2)] ?? {},
          )
        } else {
          const key = keys[pick(keys.length)] ?? 'skill:sql'
          acknowledged.push(await setStatus(device, key, pick(2) === 0 ? 'done' : 'learning'))
        }
        if (pick(2) === 0) await device.engine.sync()
        // The syncer hands some files to some computers before it sees two versions of a file.
        if (pick(3) === 0) {
          const from = all[pick(all.length)] as Device
          const to = all[pick(all.length)] as Device
          if (from !== to) await deliver(from, to)
        }
      }
      const keep = (writers: readonly Device[]): Device => writers[pick(writers.length)] as Device
      for (let round = 0; round < 4; round++) {
        clock.now += 1_000
        for (const device of all) await device.engine.sync()
        await copyAllWithConflicts(all, keep, style)
      }
      for (const device of all) await device.engine.sync()

      expectConvergedKeeping(all, acknowledged)
      for (const device of all) {
        const ids = new Set(device.store.data.plans.map((plan) => plan.id))
        for (const id of plans) expect(ids.has(id), `${id} on ${device.name}`).toBe(true)
      }
      for (const device of all) await closeDevice(device)
    })
  }
})
