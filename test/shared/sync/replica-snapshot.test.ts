import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Replica } from '@shared/sync/replica'
import type { Op } from '@shared/sync/ops'
import { opsArb } from './arbitraries'

/** One history cut in two at a random point, the first part possibly read out of order. */
const splitArb: fc.Arbitrary<{ before: Op[]; after: Op[] }> = opsArb.chain((ops) =>
  fc
    .record({
      cut: fc.nat(ops.length),
      order: fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }),
    })
    .map(({ cut, order }) => ({ before: order.slice(0, cut), after: order.slice(cut) })),
)

/** Everything a replica would tell another computer or show the user. */
function observed(replica: Replica): unknown {
  return {
    view: replica.view(),
    seen: replica.seen(),
    opCount: replica.opCount,
    tombstones: replica.tombstoneCount,
    latest: replica.orderedEvents().map((entry) => replica.latestEventOf(entry.event.key)),
  }
}

/** Takes a snapshot through JSON, as it is kept on disk between starts. */
function throughDisk(replica: Replica): Replica {
  return Replica.restore(JSON.parse(JSON.stringify(replica.snapshot())))
}

describe('keeping a replica across starts', () => {
  it('restores exactly what was merged, and merges what comes next as the original does', () => {
    fc.assert(
      fc.property(splitArb, ({ before, after }) => {
        const original = new Replica()
        original.apply(before)
        const restored = throughDisk(original)
        expect(observed(restored)).toEqual(observed(original))
        expect(restored.apply([...before, ...after])).toEqual(original.apply([...before, ...after]))
        expect(observed(restored)).toEqual(observed(original))
      }),
    )
  })

  it('keeps dropped tombstones dropped: ops read again after a restart bring nothing back', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const original = new Replica()
        original.apply(ops)
        original.compactTombstones(() => true)
        const visible = original.view()
        const restored = throughDisk(original)
        const changes = restored.apply(ops)
        expect(changes.records.size + changes.events.length).toBe(0)
        expect(restored.view()).toEqual(visible)
        expect(restored.seen()).toEqual(original.seen())
      }),
    )
  })
})
