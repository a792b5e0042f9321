import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readOp, readOps } from '@shared/sync/op-check'
import { OpSchema } from '@shared/sync/ops'
import { SegmentSchema, makeFormat1Segment, readSegment } from '@shared/sync/segment'
import { eventOf } from './arbitraries'
import {
  edgyText,
  mostly,
  mutated,
  nearlyValidEvent,
  recordId,
} from '../domain/progress/near-limit-records'

const opId = mostly(
  fc.constantFrom('device-a:1', 'device-a:1234567890123456', `${'d'.repeat(64)}:9`),
  fc.constantFrom(
    'device-a:0',
    'dev:1',
    'device-a:01',
    `${'d'.repeat(65)}:9`,
    'device-a:12345678901234567',
  ),
)
const stamp = mostly(
  fc.constantFrom('001700000000000.000000.device-a'),
  fc.constantFrom(
    '1700000000000.000000.device-a',
    '001700000000000.000000.',
    '001700000000000.000000.dev ice',
  ),
)

const eventOp = fc.record({
  kind: fc.constant('event'),
  id: opId,
  clock: stamp,
  event: nearlyValidEvent,
})

const recordOp = fc.record({
  kind: fc.constantFrom('put', 'remove'),
  id: opId,
  clock: stamp,
  collection: mostly(
    fc.constantFrom('plans', 'comparisons', 'roles', 'articles', 'settings'),
    // Segments of release 0.1.0 name plans by their old name, which the schema reads as plans.
    fc.constantFrom('x', 'checklists'), // rename:keep (a name on disk)
  ),
  recordId,
  fields: fc.dictionary(
    mostly(fc.string({ minLength: 1, maxLength: 8 }), edgyText),
    fc.jsonValue(),
    {
      maxKeys: 3,
    },
  ),
})

/** An op as a device would write it, with every part drawn from near the schema's limits. */
const nearlyValidOp = fc.oneof(eventOp, recordOp)

/** A valid op (or a nearly valid one) with one change made somewhere inside it. */
const mutatedOp = mutated(nearlyValidOp)

/** The schema's answer, as `readOp` must give it. */
function schemaAnswer(value: unknown): unknown {
  const parsed = OpSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

const runs = { numRuns: 2000 }

describe('reading an op without the schema', () => {
  it('gives the schema’s answer and output for ops drawn near every limit', () => {
    fc.assert(
      fc.property(nearlyValidOp, (op) => {
        expect(readOp(op)).toStrictEqual(schemaAnswer(op))
      }),
      runs,
    )
  })

  it('draws both ops the schema accepts and ops it refuses (so the properties above can fail)', () => {
    const accepted = fc.sample(nearlyValidOp, 1000).filter((op) => schemaAnswer(op) !== null)
    expect(accepted.length).toBeGreaterThan(200)
    expect(accepted.length).toBeLessThan(900)
  })

  it('gives the schema’s answer for ops changed in one place', () => {
    fc.assert(
      fc.property(mutatedOp, (op) => {
        expect(readOp(op)).toStrictEqual(schemaAnswer(op))
      }),
      runs,
    )
  })

  it('gives the schema’s answer for anything at all, and for JSON read back from text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (value) => {
        expect(readOp(value)).toStrictEqual(schemaAnswer(value))
      }),
      runs,
    )
    fc.assert(
      fc.property(mutatedOp, (op) => {
        const text = JSON.stringify(op)
        if (text === undefined) return
        const value: unknown = JSON.parse(text)
        expect(readOp(value)).toStrictEqual(schemaAnswer(value))
      }),
      runs,
    )
  })

  it('takes an op as written by this app as it is, without copying it', () => {
    const op = {
      kind: 'event',
      id: 'device-a:7',
      clock: '001700000000000.000003.device-a',
      event: eventOf('e7', 'skill:sql', 'done'),
    }
    expect(readOp(op)).toBe(op)
  })

  it('takes events dated on any real day as they are, month ends and leap days too', () => {
    const anyDay = fc
      .date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString())
    fc.assert(
      fc.property(anyDay, (at) => {
        const op = {
          kind: 'event',
          id: 'device-a:7',
          clock: '001700000000000.000003.device-a',
          event: { ...eventOf('e7', 'skill:sql', 'done'), at },
        }
        // The very object back: the hand-written check took it, the schema did not copy it.
        expect(readOp(op)).toBe(op)
      }),
      runs,
    )
  })

  it('refuses a whole list when one op in it is not an op', () => {
    const good = {
      kind: 'remove',
      id: 'device-a:1',
      clock: '001700000000000.000000.device-a',
      collection: 'plans',
      recordId: 'plan-1',
    }
    expect(readOps([good, good])).toEqual([good, good])
    expect(readOps([good, { ...good, collection: 'nope' }])).toBeNull()
  })

  it('reads a segment as the segment schema does', () => {
    const segment = makeFormat1Segment('device-a', 3, true, [])
    const segments = mutated(
      fc.array(nearlyValidOp, { maxLength: 3 }).map((ops) => ({ ...segment, ops })),
    )
    fc.assert(
      fc.property(segments, (raw) => {
        const parsed = SegmentSchema.safeParse(raw)
        expect(readSegment(raw)).toStrictEqual(parsed.success ? parsed.data : null)
      }),
      runs,
    )
  })
})
