import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changesToCarry, type CarriedOp, type OwnChanges } from '@shared/sync/carried-writes'
import { formatStamp } from '@shared/sync/hlc'
import { isOpOfDevice, type Op } from '@shared/sync/ops'
import { Replica } from '@shared/sync/replica'
import { opsArb } from './arbitraries'

/** `carried` as the ops a device under `deviceId` publishes for them. */
function opsOf(carried: readonly CarriedOp[], deviceId: string): Op[] {
  return carried.map((change, index): Op => {
    const id = `${deviceId}:${index + 1}`
    if (change.kind === 'event')
      return { kind: 'event', id, clock: change.clock, event: change.event }
    const { kind, clock, collection, recordId, fields } = change
    return kind === 'remove'
      ? { kind, id, clock, collection, recordId }
      : { kind, id, clock, collection, recordId, fields: { ...fields } }
  })
}

/** What `replica` held of device-a's own: what device-a carries when it leaves its id. */
function ownOf(replica: Replica): OwnChanges {
  return {
    writes: replica.writesOf('device-a'),
    events: replica.eventsStampedBy('device-a'),
  }
}

/**
 * A copy's history (`mine`), the other copy's under the same ids (`theirs`), and per op which
 * version the folder ends with: a syncer that keeps one version of each file.
 */
const historiesArb = fc
  .tuple(opsArb, opsArb, fc.array(fc.boolean(), { maxLength: 25 }))
  .map(([mine, theirs, kept]) => {
    // Event ids are random in the app: the two copies never make the same one.
    const other = theirs.map((op) =>
      op.kind === 'event' ? { ...op, event: { ...op.event, id: `copy-${op.event.id}` } } : op,
    )
    return [mine, other, kept] as const
  })

describe('changes a copy carries over to its new id', () => {
  it('keep every write and event it made, whichever version of the shared ids the folder ends with', () => {
    fc.assert(
      fc.property(historiesArb, ([mine, theirs, kept]) => {
        const before = new Replica()
        before.apply(mine)
        const own = ownOf(before)
        const carried = changesToCarry(own)
        // Then the syncer puts the other copy's version of some ops in their place.
        const folderOps = mine.map((op, index) => {
          const other = theirs.find((candidate) => candidate.id === op.id)
          return isOpOfDevice(op.id, 'device-a') && kept[index] === false && other ? other : op
        })
        const merged = new Replica()
        merged.apply([...folderOps, ...opsOf(carried, 'device-new')])
        for (const { clock, event } of own.events) expect(merged.eventClock(event.id)).toBe(clock)
        for (const write of own.writes) {
          const held = merged.registersOf(write.collection, write.recordId).get(write.name)
          // Held as it was, or overtaken by a write at a later clock (another device's, or
          // the other copy's version of the same op tying with it at the same clock).
          expect(held).toBeDefined()
          if (held === undefined) continue
          expect(held.clock >= write.clock).toBe(true)
          if (held.clock === write.clock && !held.opId.startsWith('device-a'))
            expect(JSON.stringify(held.value)).toBe(JSON.stringify(write.value))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('change nothing where they are already held, however often they are published again', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const replica = new Replica()
        replica.apply(ops)
        const own = ownOf(replica)
        const carried = changesToCarry(own)
        replica.apply(opsOf(carried, 'device-new'))
        const once = replica.snapshot()
        // A crash part-way through publishing them: the same ops are written again.
        const again = replica.apply(opsOf(carried, 'device-new'))
        expect(again.records.size).toBe(0)
        expect(again.events).toEqual([])
        expect(replica.snapshot()).toEqual(once)
      }),
    )
  })

  it('carries a delete as a delete, at the clock it was made', () => {
    const clock = formatStamp({ wall: 1_700_000_000_000, counter: 0 }, 'device-a')
    const later = formatStamp({ wall: 1_700_000_000_500, counter: 0 }, 'device-a')
    const put: Op = {
      kind: 'put',
      id: 'device-a:1',
      clock,
      collection: 'plans',
      recordId: 'p',
      fields: { $: { id: 'p' } },
    }
    const mine = new Replica()
    mine.apply([
      put,
      { kind: 'remove', id: 'device-a:2', clock: later, collection: 'plans', recordId: 'p' },
    ])
    expect(changesToCarry(ownOf(mine))).toEqual([
      { kind: 'remove', collection: 'plans', recordId: 'p', clock: later, fields: {} },
    ])
  })
})
