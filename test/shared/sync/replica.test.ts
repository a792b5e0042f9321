import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Replica } from '@shared/sync/replica'
import type { Op } from '@shared/sync/ops'
import { formatStamp } from '@shared/sync/hlc'
import { eventOf, opsArb, segmentsOf } from './arbitraries'

/**
 * One history of ops (op ids are unique, as devices make them) cut into `count` parts, each
 * shuffled: what different devices might have read so far.
 */
function partsArb(count: number): fc.Arbitrary<Op[][]> {
  return opsArb.chain((ops) =>
    fc
      .array(fc.nat(count - 1), { minLength: ops.length, maxLength: ops.length })
      .map((owners) =>
        Array.from({ length: count }, (_, part) => ops.filter((_, i) => owners[i] === part)),
      ),
  )
}

function merged(...batches: Op[][]): ReturnType<Replica['view']> {
  const replica = new Replica()
  for (const batch of batches) replica.apply(batch)
  return replica.view()
}

/** The events' states per key, as the user would see them. */
function statesByKey(ops: Op[]): Record<string, string> {
  const replica = new Replica()
  replica.apply(ops)
  const states: Record<string, string> = {}
  for (const entry of replica.orderedEvents()) states[entry.event.key] = entry.event.after.status
  return states
}

describe('merging ops', () => {
  it('is commutative: a then b equals b then a', () => {
    fc.assert(
      fc.property(partsArb(2), ([a = [], b = []]) => {
        expect(merged(a, b)).toEqual(merged(b, a))
      }),
    )
  })

  it('is associative: (a, b), c equals a, (b, c)', () => {
    fc.assert(
      fc.property(partsArb(3), ([a = [], b = [], c = []]) => {
        expect(merged([...a, ...b], c)).toEqual(merged(a, [...b, ...c]))
      }),
    )
  })

  it('is idempotent: reading the same ops again changes nothing', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        expect(merged(ops, ops, ops)).toEqual(merged(ops))
      }),
    )
  })

  it('does not depend on arrival order or on how ops were cut into segments', () => {
    fc.assert(
      fc.property(
        opsArb.chain((ops) =>
          fc.tuple(
            fc.constant(ops),
            fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }),
            fc.array(fc.nat(ops.length), { maxLength: 5 }),
          ),
        ),
        ([ops, shuffled, cuts]) => {
          expect(merged(...segmentsOf(shuffled, cuts))).toEqual(merged(ops))
          expect(statesByKey(shuffled)).toEqual(statesByKey(ops))
        },
      ),
    )
  })

  it('never loses a change when given more: every event of a subset is in the merge of a superset', () => {
    fc.assert(
      fc.property(
        opsArb.chain((ops) => fc.tuple(fc.constant(ops), fc.subarray(ops))),
        ([all, some]) => {
          const subset = merged(some).events
          const superset = merged(all).events
          for (const id of subset) expect(superset).toContain(id)
        },
      ),
    )
  })

  it('keeps a tick on one machine and a rename on the other: fields merge one by one', () => {
    const replica = new Replica()
    const clock = (wall: number, device: string): string =>
      `${String(wall).padStart(15, '0')}.000000.${device}`
    replica.apply([
      {
        kind: 'put',
        id: 'device-a:1',
        clock: clock(1, 'device-a'),
        collection: 'plans',
        recordId: 'p',
        fields: { $: { id: 'p' }, title: 'Plan', items: ['sql'] },
      },
      {
        kind: 'put',
        id: 'device-b:1',
        clock: clock(3, 'device-b'),
        collection: 'plans',
        recordId: 'p',
        fields: { title: 'Renamed on B' },
      },
      {
        kind: 'put',
        id: 'device-a:2',
        clock: clock(2, 'device-a'),
        collection: 'plans',
        recordId: 'p',
        fields: { items: ['sql', 'python'] },
      },
    ])
    expect(replica.recordOf('plans', 'p')).toEqual({
      id: 'p',
      title: 'Renamed on B',
      items: ['sql', 'python'],
    })
  })

  it('lets a delete and its undo compete by clock: the newer write wins', () => {
    const stamp = (wall: number): string => `${String(wall).padStart(15, '0')}.000000.device-a`
    const put = (id: string, wall: number): Op => ({
      kind: 'put',
      id,
      clock: stamp(wall),
      collection: 'comparisons',
      recordId: 'c',
      fields: { $: { id: 'c' } },
    })
    const remove: Op = {
      kind: 'remove',
      id: 'device-b:1',
      clock: `${String(2).padStart(15, '0')}.000000.device-b`,
      collection: 'comparisons',
      recordId: 'c',
    }
    const deleted = new Replica()
    deleted.apply([put('device-a:1', 1), remove])
    expect(deleted.recordOf('comparisons', 'c')).toBeNull()
    const undone = new Replica()
    undone.apply([put('device-a:2', 3), remove, put('device-a:1', 1)])
    expect(undone.recordOf('comparisons', 'c')).toEqual({ id: 'c' })
  })
})

describe('what applying ops says changed', () => {
  it('names each progress key of the events new to it once, and no other key', () => {
    fc.assert(
      fc.property(partsArb(2), ([before = [], arriving = []]) => {
        const replica = new Replica()
        replica.apply(before)
        const known = new Set(replica.orderedEvents().map((entry) => entry.event.id))
        const changes = replica.apply([...arriving, ...arriving])
        const newKeys = arriving.flatMap((op) =>
          op.kind === 'event' && !known.has(op.event.id) ? [op.event.key] : [],
        )
        expect([...changes.keys].sort()).toEqual([...new Set(newKeys)].sort())
        expect(changes.events.map((entry) => entry.event.key)).toEqual(newKeys)
      }),
    )
  })

  it('names a key again in a later apply that brings another of its events', () => {
    const clock = (wall: number): string => formatStamp({ wall, counter: 0 }, 'device-a')
    const replica = new Replica()
    const first = replica.apply([
      {
        kind: 'event',
        id: 'device-a:1',
        clock: clock(1),
        event: eventOf('e1', 'skill:sql', 'done'),
      },
    ])
    const second = replica.apply([
      {
        kind: 'event',
        id: 'device-a:2',
        clock: clock(2),
        event: eventOf('e2', 'skill:sql', 'todo'),
      },
    ])
    expect(first.keys).toEqual(['skill:sql'])
    expect(second.keys).toEqual(['skill:sql'])
    expect(replica.latestEventOf('skill:sql')?.event.id).toBe('e2')
  })
})

describe('knowing which ops were applied', () => {
  /** Op ids of a few devices, arriving in any order, repeated, with odd numbers among them. */
  const idsArb = fc.array(
    fc.oneof(
      {
        weight: 8,
        arbitrary: fc.tuple(
          fc.constantFrom('device-a', 'device-b'),
          fc.integer({ min: 1, max: 8 }),
        ),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(
          fc.constantFrom('device-a', 'device-b'),
          fc.constantFrom('0', '01', '', 'x', '1e1', '9999999999999999', '999999999999999'),
        ),
      },
    ),
    { maxLength: 40 },
  )

  /**
   * A put of `plan-1` under `id`, made at step `index`: each new one applied changes the
   * record (its clock is newer); read again, it is the same op (see replica-reused-ids.test.ts
   * for two different ops under one id).
   */
  function opWithId(id: string, index: number): Op {
    const clock = `${String(index).padStart(15, '0')}.000000.device-a`
    return {
      kind: 'put',
      id,
      clock,
      collection: 'plans',
      recordId: 'plan-1',
      fields: { $: { n: index } },
    }
  }

  it('applies each op id once, whatever the order, and knows each device’s unbroken run', () => {
    fc.assert(
      fc.property(idsArb, (pairs) => {
        const replica = new Replica()
        const applied = new Set<string>()
        const madeAt = new Map<string, number>()
        pairs.forEach(([device, seq], index) => {
          const id = `${device}:${seq}`
          if (!madeAt.has(id)) madeAt.set(id, index)
          const changes = replica.apply([opWithId(id, madeAt.get(id) ?? index)])
          // A new op id is applied (its newer clock wins); the same op read again changes nothing.
          expect(changes.records.size).toBe(applied.has(id) ? 0 : 1)
          applied.add(id)
        })
        const seen: Record<string, number> = {}
        for (const device of ['device-a', 'device-b']) {
          let upTo = 0
          while (applied.has(`${device}:${upTo + 1}`)) upTo++
          if (upTo > 0) seen[device] = upTo
        }
        expect(replica.seen()).toEqual(seen)
        for (const device of ['device-a', 'device-b', 'device-c'])
          for (const seq of ['1', '2', '8', '9', '0', '01', '', 'x', '1e1', '9999999999999999'])
            expect(replica.hasOp(`${device}:${seq}`)).toBe(applied.has(`${device}:${seq}`))
      }),
      { numRuns: 500 },
    )
  })
})
