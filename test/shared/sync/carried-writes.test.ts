import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writesToCarry, type CarriedOp } from '@shared/sync/carried-writes'
import { formatStamp } from '@shared/sync/hlc'
import { isOpOfDevice, type Op } from '@shared/sync/ops'
import { Replica } from '@shared/sync/replica'
import { opsArb } from './arbitraries'

/** `carried` as the ops a device under `deviceId` publishes for them. */
function opsOf(carried: readonly CarriedOp[], deviceId: string): Op[] {
  return carried.map(({ kind, clock, collection, recordId, fields }, index) => {
    const id = `${deviceId}:${index + 1}`
    return kind === 'remove'
      ? { kind, id, clock, collection, recordId }
      : { kind, id, clock, collection, recordId, fields: { ...fields } }
  })
}

/**
 * A copy's history (`mine`) and what the folder kept (`folder`): the other copy's ops under
 * the same ids in place of some of the copy's, as a syncer that keeps one version leaves it.
 */
const historiesArb = fc.tuple(opsArb, opsArb, fc.array(fc.boolean(), { maxLength: 25 }))

describe('writes a copy carries over to its new id', () => {
  it('are none when the folder holds every write it made', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const replica = new Replica()
        replica.apply(ops)
        expect(writesToCarry(replica.writesOf('device-a'), replica)).toEqual([])
      }),
    )
  })

  it('bring back every write the folder lost, unless a later write of the same register overtook it', () => {
    fc.assert(
      fc.property(historiesArb, ([mine, theirs, kept]) => {
        const before = new Replica()
        before.apply(mine)
        // Per op of device-a, the folder kept this copy's version or lost it to the other's.
        const folderOps = mine.map((op, index) => {
          const other = theirs.find((candidate) => candidate.id === op.id)
          return isOpOfDevice(op.id, 'device-a') && kept[index] === false && other ? other : op
        })
        const merged = new Replica()
        merged.apply(folderOps)
        const own = before.writesOf('device-a')
        merged.apply(opsOf(writesToCarry(own, merged), 'device-new'))
        for (const write of own) {
          const held = merged.registersOf(write.collection, write.recordId).get(write.name)
          expect(held).toBeDefined()
          if (held === undefined) continue
          // Held as it was, or overtaken by a write at a later clock; at the very same clock
          // (the other copy's version of the same op) the two tie and one is kept everywhere.
          expect(held.clock >= write.clock).toBe(true)
          if (held.clock === write.clock && held.opId.startsWith('device-a'))
            expect(JSON.stringify(held.value)).toBe(JSON.stringify(write.value))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('carries a delete as a delete, at the clock it was made', () => {
    const clock = formatStamp({ wall: 1_700_000_000_000, counter: 0 }, 'device-a')
    const later = formatStamp({ wall: 1_700_000_000_500, counter: 0 }, 'device-a')
    const mine = new Replica()
    mine.apply([
      {
        kind: 'put',
        id: 'device-a:1',
        clock,
        collection: 'plans',
        recordId: 'p',
        fields: { $: { id: 'p' } },
      },
      { kind: 'remove', id: 'device-a:2', clock: later, collection: 'plans', recordId: 'p' },
    ])
    const folder = new Replica()
    folder.apply([
      {
        kind: 'put',
        id: 'device-a:1',
        clock,
        collection: 'plans',
        recordId: 'p',
        fields: { $: { id: 'p' } },
      },
    ])
    expect(writesToCarry(mine.writesOf('device-a'), folder)).toEqual([
      { kind: 'remove', collection: 'plans', recordId: 'p', clock: later, fields: {} },
    ])
  })
})
