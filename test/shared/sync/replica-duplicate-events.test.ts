import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatStamp } from '@shared/sync/hlc'
import type { EventOp, Op } from '@shared/sync/ops'
import { Replica, type ClockedEvent } from '@shared/sync/replica'
import { eventOf, opsArb, segmentsOf } from './arbitraries'

/**
 * A history in which some events were published twice: once by the device that made them and
 * again by a cloned profile under its new id (or by a device under its own id, as a clone
 * does before it notices), each time with a clock of its own, earlier or later than the first.
 */
const withDuplicatesArb: fc.Arbitrary<Op[]> = opsArb.chain((ops) => {
  const events = ops.filter((op): op is EventOp => op.kind === 'event')
  if (events.length === 0) return fc.constant(ops)
  return fc
    .array(
      fc.record({
        of: fc.nat(events.length - 1),
        device: fc.constantFrom('device-clone', 'device-a'),
        wall: fc.integer({ min: 0, max: 5 }),
        sameClock: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((copies) =>
      copies.reduce<Op[]>((all, copy, index) => {
        const original = events[copy.of] as EventOp
        const seq = 1_000 + index
        const clock = copy.sameClock
          ? original.clock
          : formatStamp({ wall: 1_700_000_000_000 + copy.wall, counter: seq }, copy.device)
        return [...all, { ...original, id: `${copy.device}:${seq}`, clock }]
      }, ops),
    )
})

/** What a user could see of the replica: every event with its clock, in order, and each key's deciding event. */
function stateOf(replica: Replica): unknown {
  const events = replica.orderedEvents()
  const keys = [...new Set(events.map((entry) => entry.event.key))].sort()
  return {
    view: replica.view(),
    log: events.map((entry) => [entry.clock, entry.event.id]),
    latest: keys.map((key) => [key, replica.latestEventOf(key)?.clock]),
  }
}

const arrivalsArb = withDuplicatesArb.chain((ops) =>
  fc.tuple(
    fc.constant(ops),
    fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }),
    fc.array(fc.nat(ops.length), { maxLength: 5 }),
  ),
)

describe('one event published under two ops', () => {
  it('merges to the same state whatever the arrival order and segment cuts', () => {
    fc.assert(
      fc.property(arrivalsArb, ([ops, shuffled, cuts]) => {
        const inOrder = new Replica()
        inOrder.apply(ops)
        const arrived = new Replica()
        for (const segment of segmentsOf(shuffled, cuts)) arrived.apply(segment)
        expect(stateOf(arrived)).toEqual(stateOf(inOrder))
      }),
    )
  })

  it('reports in its changes every event and key whose merged state moved', () => {
    fc.assert(
      fc.property(arrivalsArb, ([, shuffled, cuts]) => {
        const replica = new Replica()
        const reported = new Map<string, ClockedEvent>()
        for (const segment of segmentsOf(shuffled, cuts)) {
          const keys = [...new Set(replica.orderedEvents().map((entry) => entry.event.key))]
          const latestBefore = new Map(keys.map((key) => [key, replica.latestEventOf(key)]))
          const changes = replica.apply(segment)
          const ids = changes.events.map((entry) => entry.event.id)
          expect(new Set(ids).size).toBe(ids.length)
          for (const entry of changes.events) reported.set(entry.event.id, entry)
          expect(new Set(changes.keys).size).toBe(changes.keys.length)
          for (const entry of replica.orderedEvents()) {
            const key = entry.event.key
            if (replica.latestEventOf(key) !== latestBefore.get(key))
              expect(changes.keys).toContain(key)
          }
        }
        // Folding every apply's changes gives the merged log, clocks included.
        const folded = [...reported.values()]
          .sort((a, b) => (a.clock < b.clock ? -1 : a.clock > b.clock ? 1 : 0))
          .map((entry) => [entry.clock, entry.event.id])
        const log = replica.orderedEvents().map((entry) => [entry.clock, entry.event.id])
        expect(folded).toEqual(log)
      }),
    )
  })

  it('lets the earlier clock decide: a copy published later cannot move an old tick past a newer one', () => {
    const stamp = (wall: number, device: string): string =>
      formatStamp({ wall: 1_700_000_000_000 + wall, counter: 0 }, device)
    const tick: EventOp = {
      kind: 'event',
      id: 'device-a:1',
      clock: stamp(1, 'device-a'),
      event: eventOf('e-tick', 'skill:sql', 'done'),
    }
    const untick: EventOp = {
      kind: 'event',
      id: 'device-b:1',
      clock: stamp(2, 'device-b'),
      event: eventOf('e-untick', 'skill:sql', 'todo'),
    }
    // A cloned profile publishes the old tick again, stamped after the untick.
    const copy: EventOp = { ...tick, id: 'device-clone:1', clock: stamp(3, 'device-clone') }
    for (const order of [
      [[tick, untick], [copy]],
      [[copy], [untick, tick]],
      [[copy, untick, tick]],
    ]) {
      const replica = new Replica()
      for (const batch of order) replica.apply(batch)
      expect(replica.latestEventOf('skill:sql')?.event.id).toBe('e-untick')
      expect(replica.eventClock('e-tick')).toBe(tick.clock)
      expect(replica.orderedEvents().map((entry) => entry.event.id)).toEqual(['e-tick', 'e-untick'])
    }
  })
})
