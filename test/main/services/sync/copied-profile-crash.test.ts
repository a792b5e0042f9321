import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_FOLDER } from '../../../../src/main/services/sync/layout'
import { useTempDir } from '../../store/helpers'
import { copyProfile, expectConvergedKeeping, setManyStatuses } from './copied-profile'
import { crashAt, restartFromCrash } from './crash'
import {
  clock,
  closeDevice,
  createPlan,
  editPlan,
  openDevice,
  setStatus,
  type Device,
  type WriteMoment,
} from './devices'
import { copyAllWithConflicts, copyWhole, ownFiles, settle } from './fake-syncer'

/**
 * The moments of a copy's switch to a new name a crash can fall in, as durable writes of the
 * switching computer: `shared` is the id both copies wrote under.
 */
type CrashPoint = (shared: string) => (write: WriteMoment) => boolean

/** The state file being replaced by one that names another id than `shared`. */
function isNewName(write: WriteMoment, shared: string): boolean {
  if (path.basename(write.file) !== 'sync-state.json') return false
  return (JSON.parse(write.text) as { deviceId: string }).deviceId !== shared
}

/** A segment written into this computer's folder under another id than `shared`. */
function isSegmentOfNewName(write: WriteMoment, shared: string): boolean {
  const name = path.basename(write.file)
  const owner = path.basename(path.dirname(write.file))
  return name.startsWith('seg-') && owner !== shared && write.file.includes(APP_FOLDER)
}

/** Some of its ops re-shared under the new id are in the folder, the rest not yet. */
const partWayThroughSharing: CrashPoint = (shared) => (write) =>
  write.phase === 'after' && isSegmentOfNewName(write, shared)

const crashPoints: Record<string, CrashPoint> = {
  'before its new name is saved': (shared) => (write) =>
    write.phase === 'before' && isNewName(write, shared),
  'once its new name is saved, before it reads the folder again': (shared) => (write) =>
    write.phase === 'after' && isNewName(write, shared),
  'part-way through sharing its changes again': partWayThroughSharing,
  'once its changes are shared again, before its state file says so': (shared) => {
    let sharedAgain = false
    return (write) => {
      if (write.phase === 'after' && isSegmentOfNewName(write, shared)) sharedAgain = true
      return (
        sharedAgain && write.phase === 'before' && path.basename(write.file) === 'sync-state.json'
      )
    }
  },
}

/**
 * A laptop and a desktop in step, with a shared history of `history` ticks (by default more
 * than a segment holds, so sharing it again takes several writes); the laptop's profile is
 * then copied to a third computer, and each copy makes changes of its own under the one id
 * they share.
 */
async function copiedProfile(
  root: string,
  { history }: { history: number } = { history: 1200 },
): Promise<{ laptop: Device; copy: Device; desktop: Device; acknowledged: string[] }> {
  let laptop = await openDevice(root, 'laptop')
  const desktop = await openDevice(root, 'desktop')
  await createPlan(laptop, 'plan-1', 'Become a data engineer')
  await createPlan(laptop, 'plan-2', 'Learn Spark')
  const acknowledged = await setManyStatuses(laptop, history)
  await settle([laptop, desktop])
  const copy = await copyProfile(root, laptop, 'laptop-copy')
  laptop = await openDevice(root, 'laptop', { join: false })

  clock.now += 60_000
  acknowledged.push(await setStatus(laptop, 'skill:python', 'done'))
  await editPlan(laptop, 'plan-1', { title: 'Become an analytics engineer' })
  await createPlan(laptop, 'plan-laptop', 'Made on the laptop')
  clock.now += 1_000
  acknowledged.push(await setStatus(copy, 'skill:spark', 'learning'))
  await editPlan(copy, 'plan-1', { addItem: 'dbt' })
  await editPlan(copy, 'plan-2', { title: 'Learn Spark and Kafka' })
  await createPlan(copy, 'plan-copy', 'Made on the copy')
  await laptop.engine.sync()
  await copy.engine.sync()
  return { laptop, copy, desktop, acknowledged }
}

/** Every change either copy made is on `device`, as the user made it. */
function expectEveryChange(device: Device): void {
  const plans = new Map(device.store.data.plans.map((plan) => [plan.id, plan]))
  expect(plans.get('plan-1')?.title, device.name).toBe('Become an analytics engineer')
  expect(
    plans.get('plan-1')?.items.map((item) => item.label),
    device.name,
  ).toEqual(['dbt'])
  expect(plans.get('plan-2')?.title, device.name).toBe('Learn Spark and Kafka')
  expect(plans.has('plan-laptop'), device.name).toBe(true)
  expect(plans.has('plan-copy'), device.name).toBe(true)
  const progress = new Map(device.store.data.progress.map((record) => [record.key, record.status]))
  expect(progress.get('skill:python'), device.name).toBe('done')
  expect(progress.get('skill:spark'), device.name).toBe('learning')
}

/** The syncer, `rounds` times, keeping `kept`'s version of each file both copies wrote and dropping the other. */
async function syncerRounds(all: readonly Device[], kept: Device, rounds: number): Promise<void> {
  const keep = (writers: readonly Device[]): Device =>
    writers.includes(kept) ? kept : (writers[0] as Device)
  for (let round = 0; round < rounds; round++) {
    clock.now += 1_000
    for (const device of all) await device.engine.sync()
    await copyAllWithConflicts(all, keep, 'no copy')
  }
  for (const device of all) await device.engine.sync()
}

/** The ids of the ops the state file in a crash image holds queued to publish. */
async function queuedIn(image: string): Promise<string[]> {
  const text = await readFile(path.join(image, 'data', 'sync-state.json'), 'utf8')
  return (JSON.parse(text) as { pending: { id: string }[] }).pending.map((op) => op.id)
}

describe('a copied profile that crashes while it takes a new name', () => {
  const tempDir = useTempDir()

  // The syncer keeps one copy's files: the other is the one that finds out and switches.
  for (const switching of ['copy', 'original'] as const)
    for (const [moment, point] of Object.entries(crashPoints))
      it(`keeps every change of both copies on every computer (the ${switching} switches and crashes ${moment})`, async () => {
        const root = tempDir()
        const { laptop, copy, desktop, acknowledged } = await copiedProfile(root)
        const shared = laptop.engine.status().deviceId
        let switcher = switching === 'copy' ? copy : laptop
        const kept = switching === 'copy' ? laptop : copy
        // The syncer keeps one copy's version of the files both wrote, on every computer:
        // the other copy's changes under the shared id are gone from the folder.
        await copyAllWithConflicts([laptop, copy, desktop], () => kept, 'no copy')

        const image = path.join(root, 'crash-image')
        const crash = crashAt(switcher, image, point(shared))
        await switcher.engine.sync()
        expect(crash.crashed()).toBe(true)
        switcher = await restartFromCrash(root, switcher, image)

        const all = [kept, switcher, desktop]
        await syncerRounds(all, kept, 3)
        expectConvergedKeeping(all, acknowledged)
        for (const device of all) expectEveryChange(device)
        // It took one new name and said why; no computer lists it twice.
        expect(switcher.engine.status().deviceId).not.toBe(shared)
        expect(switcher.engine.status().notice).toMatch(/^Another copy of Role Atlas/)
        for (const device of all)
          expect(device.engine.status().devices, device.name).toHaveLength(3)
        for (const device of all) await closeDevice(device)
      }, 60_000)

  it('crashing again and again while sharing its changes again neither loses them nor queues them twice', async () => {
    const root = tempDir()
    const { laptop, copy, desktop, acknowledged } = await copiedProfile(root)
    const shared = laptop.engine.status().deviceId
    await copyAllWithConflicts([laptop, copy, desktop], () => laptop, 'no copy')
    let switcher = copy
    const queued: string[][] = []
    for (let crashes = 0; crashes < 3; crashes++) {
      const image = path.join(root, `crash-image-${crashes}`)
      const crash = crashAt(switcher, image, partWayThroughSharing(shared))
      await switcher.engine.sync()
      expect(crash.crashed()).toBe(true)
      queued.push(await queuedIn(image))
      switcher = await restartFromCrash(root, switcher, image)
    }
    // The same changes stay queued, at the same op numbers: written again, they merge once.
    expect(queued[0]?.length).toBeGreaterThan(1200)
    for (const again of queued) expect(again).toEqual(queued[0])

    const all = [laptop, switcher, desktop]
    await syncerRounds(all, laptop, 3)
    expectConvergedKeeping(all, acknowledged)
    for (const device of all) expectEveryChange(device)
    for (const device of all) expect(device.engine.status().devices, device.name).toHaveLength(3)
    for (const device of all) await closeDevice(device)
  }, 60_000)
})

describe('a profile moved to a new computer whose copy of the folder is behind', () => {
  const tempDir = useTempDir()

  it('keeps its name, and every change reaches every computer once the folder catches up', async () => {
    const root = tempDir()
    const laptop = await openDevice(root, 'laptop')
    const desktop = await openDevice(root, 'desktop')
    await createPlan(laptop, 'plan-1', 'Become a data engineer')
    const acknowledged = [await setStatus(laptop, 'skill:sql', 'learning')]
    await settle([laptop, desktop])
    // The last changes on the old laptop are written to its folder, not yet synced anywhere.
    clock.now += 60_000
    acknowledged.push(await setStatus(laptop, 'skill:python', 'done'))
    await editPlan(laptop, 'plan-1', { addItem: 'dbt' })
    await laptop.engine.sync()
    const id = laptop.engine.status().deviceId

    // The user moves the profile to a new laptop, whose folder is as the desktop has it.
    const moved = await copyProfile(root, laptop, 'new-laptop', desktop)
    const status = await moved.engine.sync()
    expect(status.deviceId).toBe(id)
    expect(status.notice).toBeNull()
    // The old laptop's files arrive at last.
    for (const file of await ownFiles([laptop]))
      for (const to of [moved, desktop]) await copyWhole(file, to)
    await settle([moved, desktop])
    expect(moved.engine.status().deviceId).toBe(id)
    expectConvergedKeeping([moved, desktop], acknowledged)
    expect(desktop.store.data.plans[0]?.items.map((item) => item.label)).toEqual(['dbt'])
    await closeDevice(moved)
    await closeDevice(desktop)
  })
})

describe('a copied profile that crashes at any write while it takes a new name', () => {
  const tempDir = useTempDir()

  for (const switching of ['copy', 'original'] as const)
    it(`keeps every change whichever write of the switch the crash comes at (the ${switching} switches)`, async () => {
      // The n-th moment (just before or just after a durable write of the data file, the
      // state file or the folder) of the sync in which it notices, for every n it has.
      for (let moment = 0; ; moment++) {
        const root = path.join(tempDir(), `crash-${moment}`)
        const { laptop, copy, desktop, acknowledged } = await copiedProfile(root, { history: 1 })
        let switcher = switching === 'copy' ? copy : laptop
        const kept = switching === 'copy' ? laptop : copy
        await copyAllWithConflicts([laptop, copy, desktop], () => kept, 'no copy')
        let seen = 0
        const image = path.join(root, 'crash-image')
        const crash = crashAt(switcher, image, () => seen++ === moment)
        await switcher.engine.sync()
        if (!crash.crashed()) {
          // Past the last moment of that sync: every one was tried.
          expect(moment).toBeGreaterThan(6)
          for (const device of [laptop, copy, desktop]) await closeDevice(device)
          break
        }
        switcher = await restartFromCrash(root, switcher, image)
        const all = [kept, switcher, desktop]
        await syncerRounds(all, kept, 3)
        expectConvergedKeeping(all, acknowledged)
        for (const device of all) expectEveryChange(device)
        for (const device of all)
          expect(device.engine.status().devices, `${device.name} at ${moment}`).toHaveLength(3)
        for (const device of all) await closeDevice(device)
      }
    }, 240_000)
})
