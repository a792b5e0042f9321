import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stableOps, type DeviceProgress } from '@shared/sync/compaction'
import { formatStamp, parseStamp, receive, tick, type HlcState } from '@shared/sync/hlc'
import type { Op } from '@shared/sync/ops'
import { Replica } from '@shared/sync/replica'

const DEVICES = ['device-a', 'device-b', 'device-c'] as const
type DeviceId = (typeof DEVICES)[number]

/** One simulated computer: its replica, its clock, its own log, what it knows of the others. */
interface Computer {
  id: DeviceId
  replica: Replica
  clock: HlcState
  log: Op[]
  /** The others' device files as last copied here. */
  files: Map<string, DeviceProgress | null>
}

type Action =
  | { kind: 'write'; device: number; record: number; remove: boolean; title: string; wall: number }
  | { kind: 'deliver'; from: number; to: number; index: number }
  | { kind: 'file'; from: number; to: number }
  | { kind: 'compact'; device: number }
  | { kind: 'restart'; device: number }

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('file' as const), from: fc.nat(2), to: fc.nat(2) }),
    weight: 3,
  },
  fc.record({
    kind: fc.constant('write' as const),
    device: fc.nat(2),
    record: fc.constant(0),
    remove: fc.boolean(),
    title: fc.constantFrom('a', 'b', 'c'),
    wall: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('deliver' as const),
    from: fc.nat(2),
    to: fc.nat(2),
    index: fc.nat(30),
  }),
  fc.record({ kind: fc.constant('compact' as const), device: fc.nat(2) }),
  fc.record({ kind: fc.constant('restart' as const), device: fc.nat(2) }),
)

function computers(): Computer[] {
  return DEVICES.map((id) => ({
    id,
    replica: new Replica(),
    clock: { wall: 0, counter: 0 },
    log: [],
    files: new Map(DEVICES.filter((other) => other !== id).map((other) => [other, null])),
  }))
}

function deliver(to: Computer, op: Op): void {
  const stamp = parseStamp(op.clock)
  if (stamp) to.clock = receive(to.clock, stamp, 0)
  to.replica.apply([op])
}

/**
 * Plays `actions`; `compacting` drops tombstones at each `compact`, `restarting` restarts a
 * computer at each `restart` (its replica kept on disk in between, as the engine keeps it).
 */
function run(actions: readonly Action[], compacting: boolean, restarting = false): Computer[] {
  const all = computers()
  const at = (n: number): Computer => all[n % all.length] as Computer
  for (const step of actions) {
    if (step.kind === 'write') {
      const device = at(step.device)
      device.clock = tick(device.clock, 1_700_000_000_000 + step.wall)
      const id = `${device.id}:${device.log.length + 1}`
      const clock = formatStamp(device.clock, device.id)
      const recordId = `plan-${step.record}`
      const op: Op = step.remove
        ? { kind: 'remove', id, clock, collection: 'plans', recordId }
        : {
            kind: 'put',
            id,
            clock,
            collection: 'plans',
            recordId,
            fields: { $: { id: recordId }, title: step.title },
          }
      device.log.push(op)
      device.replica.apply([op])
    } else if (step.kind === 'deliver') {
      const from = at(step.from)
      const op = from.log[step.index % Math.max(1, from.log.length)]
      if (op) deliver(at(step.to), op)
    } else if (step.kind === 'file') {
      // A device publishes every op it made before it writes its file, as the engine does.
      const from = at(step.from)
      const to = at(step.to)
      if (from !== to)
        to.files.set(from.id, { lastSeq: from.log.length, seen: from.replica.seen() })
    } else if (step.kind === 'restart') {
      const device = at(step.device)
      if (restarting)
        device.replica = Replica.restore(JSON.parse(JSON.stringify(device.replica.snapshot())))
    } else if (compacting) {
      const device = at(step.device)
      device.replica.compactTombstones(stableOps(device.replica.seen(), device.files))
    }
  }
  // The syncer settles: every op reaches every computer, in a shuffled order.
  for (const to of all)
    for (const from of [...all].reverse()) for (const op of from.log) deliver(to, op)
  return all
}

function first(all: Computer[]): Computer {
  const [a] = all
  if (!a) throw new Error('no computers')
  return a
}

/** The records a user would see: deleted and never-created ones alike are absent. */
function liveRecords(replica: Replica): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(replica.view().records).filter(([, record]) => record !== null),
  )
}

describe('compacting tombstones', () => {
  it('never brings back a deleted record nor loses a live one, whatever order devices see things', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 80 }), (actions) => {
        const plain = run(actions, false)
        const compacted = run(actions, true)
        const expected = liveRecords(first(plain).replica)
        for (const device of compacted) expect(liveRecords(device.replica)).toEqual(expected)
      }),
      { numRuns: 1500 },
    )
  })

  it('gives the same result when computers restart in between, keeping what they merged', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 80 }), (actions) => {
        const expected = liveRecords(first(run(actions, false)).replica)
        const restarted = run(actions, true, true)
        for (const device of restarted) expect(liveRecords(device.replica)).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('keeps a delete against an older edit a device made before it saw the delete', () => {
    const actions: Action[] = [
      { kind: 'file', from: 1, to: 0 },
      { kind: 'file', from: 2, to: 0 },
      { kind: 'write', device: 0, record: 0, remove: false, title: 'a', wall: 5 },
      { kind: 'write', device: 0, record: 0, remove: true, title: 'a', wall: 20 },
      // B edits the plan offline, its clock behind A's, before anything of A's reaches it.
      { kind: 'write', device: 1, record: 0, remove: false, title: 'b', wall: 0 },
      { kind: 'compact', device: 0 },
    ]
    const a = first(run(actions, true))
    expect(liveRecords(a.replica)).toEqual(liveRecords(first(run(actions, false)).replica))
    expect(liveRecords(a.replica)).toEqual({})
  })

  it('drops a delete once every device says it has seen it, and not before', () => {
    const [a, b, c] = computers() as [Computer, Computer, Computer]
    const put: Op = {
      kind: 'put',
      id: 'device-a:1',
      clock: formatStamp({ wall: 1, counter: 0 }, 'device-a'),
      collection: 'plans',
      recordId: 'plan-1',
      fields: { $: { id: 'plan-1' } },
    }
    const remove: Op = {
      kind: 'remove',
      id: 'device-a:2',
      clock: formatStamp({ wall: 2, counter: 0 }, 'device-a'),
      collection: 'plans',
      recordId: 'plan-1',
    }
    for (const device of [a, b, c]) device.replica.apply([put, remove])
    const progress = (device: Computer, lastSeq: number): DeviceProgress => ({
      lastSeq,
      seen: device.replica.seen(),
    })
    const files = new Map<string, DeviceProgress | null>([
      ['device-b', progress(b, 0)],
      ['device-c', null],
    ])
    // C's file has not arrived: C might hold an edit made before it saw the delete.
    expect(a.replica.compactTombstones(stableOps(a.replica.seen(), files))).toBe(0)
    files.set('device-c', { lastSeq: 0, seen: {} })
    // C says it has not seen A's ops yet.
    expect(a.replica.compactTombstones(stableOps(a.replica.seen(), files))).toBe(0)
    files.set('device-c', progress(c, 0))
    expect(a.replica.tombstoneCount).toBe(1)
    expect(a.replica.compactTombstones(stableOps(a.replica.seen(), files))).toBe(1)
    expect(a.replica.tombstoneCount).toBe(0)
    // The same ops read again (a restart, a conflict copy) change nothing.
    expect(a.replica.apply([put, remove]).records.size).toBe(0)
    expect(a.replica.recordOf('plans', 'plan-1')).toBeNull()
  })

  it('waits for the ops a device published with its file before trusting what it says', () => {
    const seenHere = { 'device-a': 2, 'device-b': 3 }
    const stable = stableOps(
      seenHere,
      new Map([['device-b', { lastSeq: 4, seen: { 'device-a': 2 } }]]),
    )
    // B published four ops when it said it saw A's delete; this device has three of them.
    expect(stable('device-a:2')).toBe(false)
    const caughtUp = stableOps(
      { ...seenHere, 'device-b': 4 },
      new Map([['device-b', { lastSeq: 4, seen: { 'device-a': 2 } }]]),
    )
    expect(caughtUp('device-a:2')).toBe(true)
    expect(caughtUp('device-a:3')).toBe(false)
  })
})
