import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BODY, type Op } from '@shared/sync/ops'
import { Replica } from '@shared/sync/replica'
import { opsArb, segmentsOf } from './arbitraries'

/**
 * Two histories under the same op ids with different content: what two copies of one profile
 * (a copied user-data folder, a restored backup) write before either notices the other. Both
 * number their ops from the same place, so `device-a:3` of one is another op than
 * `device-a:3` of the other; clocks drawn from a small range often tie as well. Events get
 * ids of their own on each copy (they are random in the app).
 */
const twoVersionsArb: fc.Arbitrary<{ original: Op[]; copy: Op[] }> = fc
  .tuple(opsArb, opsArb)
  .map(([original, copy]) => ({
    original,
    copy: copy.map((op) =>
      op.kind === 'event' ? { ...op, event: { ...op.event, id: `copy-${op.event.id}` } } : op,
    ),
  }))

const arrivalsArb = twoVersionsArb.chain(({ original, copy }) => {
  const all = [...original, ...copy]
  return fc.tuple(
    fc.constant(all),
    fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
    fc.array(fc.nat(all.length), { maxLength: 6 }),
  )
})

/** Everything a user could see of a replica, with each event's clock and each key's deciding event. */
function stateOf(replica: Replica): unknown {
  const events = replica.orderedEvents()
  const keys = [...new Set(events.map((entry) => entry.event.key))].sort()
  return {
    view: replica.view(),
    log: events.map((entry) => [entry.clock, entry.event.id]),
    latest: keys.map((key) => [key, replica.latestEventOf(key)?.event.id]),
  }
}

/**
 * The register values the merge must hold: per record and register, the write of every op
 * (both versions of each id) that sorts last by clock, then op id, then its JSON.
 */
function expectedRegisters(ops: readonly Op[]): Map<string, unknown> {
  const best = new Map<string, { clock: string; id: string; json: string; value: unknown }>()
  for (const op of ops) {
    if (op.kind === 'event') continue
    const writes: [string, unknown][] =
      op.kind === 'remove' ? [[BODY, null]] : Object.entries(op.fields)
    for (const [name, value] of writes) {
      const key = `${op.recordId}/${name}`
      const json = JSON.stringify(value)
      const current = best.get(key)
      const after =
        current === undefined ||
        op.clock > current.clock ||
        (op.clock === current.clock &&
          (op.id > current.id || (op.id === current.id && json > current.json)))
      if (after) best.set(key, { clock: op.clock, id: op.id, json, value })
    }
  }
  return new Map([...best].map(([key, write]) => [key, write.value]))
}

function registersHeld(replica: Replica, ops: readonly Op[]): Map<string, unknown> {
  const held = new Map<string, unknown>()
  for (const recordId of new Set(ops.flatMap((op) => (op.kind === 'event' ? [] : [op.recordId]))))
    for (const [name, register] of replica.registersOf('plans', recordId))
      held.set(`${recordId}/${name}`, register.value)
  return held
}

describe('two different ops under one op id (a copied profile)', () => {
  it('merge to the same state whatever the arrival order and segment cuts', () => {
    fc.assert(
      fc.property(arrivalsArb, ([all, shuffled, cuts]) => {
        const inOrder = new Replica()
        inOrder.apply(all)
        const arrived = new Replica()
        for (const segment of segmentsOf(shuffled, cuts)) arrived.apply(segment)
        expect(stateOf(arrived)).toEqual(stateOf(inOrder))
      }),
      { numRuns: 300 },
    )
  })

  it('lose nothing: every event of both is kept, and each register holds the last write of either', () => {
    fc.assert(
      fc.property(arrivalsArb, ([all, shuffled, cuts]) => {
        const replica = new Replica()
        for (const segment of segmentsOf(shuffled, cuts)) replica.apply(segment)
        const eventIds = all.flatMap((op) => (op.kind === 'event' ? [op.event.id] : []))
        expect(replica.eventCount).toBe(new Set(eventIds).size)
        for (const id of eventIds) expect(replica.eventClock(id)).toBeDefined()
        expect(registersHeld(replica, all)).toEqual(expectedRegisters(all))
      }),
      { numRuns: 300 },
    )
  })

  it('change nothing when read again, in any order', () => {
    fc.assert(
      fc.property(arrivalsArb, ([all, shuffled, cuts]) => {
        const replica = new Replica()
        replica.apply(all)
        const before = stateOf(replica)
        for (const segment of segmentsOf(shuffled, cuts)) {
          const changes = replica.apply(segment)
          expect(changes.records.size + changes.events.length + changes.keys.length).toBe(0)
        }
        expect(stateOf(replica)).toEqual(before)
      }),
    )
  })

  it('never bring back a deleted record whose tombstone was compacted, nor after a restart', () => {
    fc.assert(
      fc.property(arrivalsArb, ([all, shuffled, cuts]) => {
        const replica = new Replica()
        replica.apply(all)
        replica.compactTombstones(() => true)
        const compacted = replica.view()
        for (const segment of segmentsOf(shuffled, cuts)) replica.apply(segment)
        expect(replica.view()).toEqual(compacted)
        const restarted = Replica.restore(replica.snapshot())
        for (const segment of segmentsOf(shuffled, cuts)) restarted.apply(segment)
        expect(restarted.view()).toEqual(compacted)
      }),
    )
  })
})
