import { describe, expect, it } from 'vitest'
import { Replica } from '@shared/sync/replica'
import { makeFormat1Segment, parseSegment } from '@shared/sync/segment'
import { OpSchema, type Op } from '@shared/sync/ops'

/**
 * Ops as release 0.1.0 wrote them to a sync folder: plans were the `checklists` collection.
 * Such segments stay in the folder, so this release must still read them.
 */
const legacyOps = [
  {
    kind: 'put',
    id: 'device-a:1',
    clock: '001700000000000.000000.device-a',
    collection: 'checklists',
    recordId: 'plan-1',
    fields: { $: { id: 'plan-1', archived: false }, title: 'Become a data manager' },
  },
  {
    kind: 'remove',
    id: 'device-a:2',
    clock: '001700000000001.000000.device-a',
    collection: 'checklists',
    recordId: 'plan-2',
  },
]

describe('sync ops written by release 0.1.0', () => {
  it('are read from their segment as ops on plans, checksum and all', () => {
    const text = JSON.stringify(
      makeFormat1Segment('device-a', 1, true, legacyOps as unknown as Op[]),
    )
    const read = parseSegment(text, { deviceId: 'device-a', number: 1 })
    if (!read.ok) throw new Error(read.problem)
    expect(read.segment.ops.map((op) => op.kind !== 'event' && op.collection)).toEqual([
      'plans',
      'plans',
    ])
  })

  it('put the plan where a new op on plans would find it', () => {
    const replica = new Replica()
    replica.apply(legacyOps.map((op) => OpSchema.parse(op)))
    expect(replica.recordOf('plans', 'plan-1')).toMatchObject({ title: 'Become a data manager' })
  })

  it('are written back under the new name', () => {
    const op = OpSchema.parse(legacyOps[0])
    expect(JSON.parse(JSON.stringify(op))).toMatchObject({ collection: 'plans' })
  })
})
