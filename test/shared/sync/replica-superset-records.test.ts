import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Replica, splitRecordKey, type Register } from '@shared/sync/replica'
import type { Op } from '@shared/sync/ops'
import { opsArb } from './arbitraries'

function replicaOf(ops: readonly Op[]): Replica {
  const replica = new Replica()
  replica.apply(ops)
  return replica
}

/** True when `a` is the same write as `b` or a newer one, by (clock, op id): the merge's order. */
function atLeastAsNew(a: Register, b: Register): boolean {
  return a.clock > b.clock || (a.clock === b.clock && a.opId >= b.opId)
}

describe('merging record writes', () => {
  it('never loses a change when given more: every register of a subset is as new or newer in the superset', () => {
    fc.assert(
      fc.property(
        opsArb.chain((ops) =>
          fc.tuple(
            fc.constant(ops),
            fc.subarray(ops),
            fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }),
          ),
        ),
        ([all, some, allShuffled]) => {
          const subset = replicaOf(some)
          // The superset arrives in any order: what the subset saw must still be kept or beaten.
          for (const superset of [replicaOf(all), replicaOf(allShuffled)]) {
            for (const key of subset.recordKeys()) {
              const { collection, recordId } = splitRecordKey(key)
              const kept = superset.registersOf(collection, recordId)
              for (const [name, register] of subset.registersOf(collection, recordId)) {
                const newer = kept.get(name)
                expect(newer, `${key} ${name}`).toBeDefined()
                if (newer === undefined) continue
                expect(atLeastAsNew(newer, register), `${key} ${name}`).toBe(true)
              }
            }
          }
        },
      ),
    )
  })
})
