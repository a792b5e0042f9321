import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ActivityEventSchema,
  ProgressRecordSchema,
  type ActivityEvent,
} from '@shared/domain/progress/types'
import { Replica } from '@shared/sync/replica'
import { formatStamp } from '@shared/sync/hlc'
import { applyMerge, progressRecordAfter } from '../../../../src/main/services/sync/apply-merge'
import { markEventValid } from '../../../../src/main/services/sync/shared-states'
import { appendOnlyKeysOf } from '../../../../src/main/store/append-only'
import { deepFreeze } from '../../../../src/main/store/deep-freeze'
import { draftOf } from '../../../../src/main/store/draft'
import { isKnownValid, markValid } from '../../../../src/main/store/known-valid'
import { DbSchema, defaultDb } from '../../../../src/main/store/schema'
import { validateChange } from '../../../../src/main/store/validate-change'

/** Now and then something odd, so that events near every limit of the schema are drawn. */
function mostly<T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ arbitrary: usual, weight: 8 }, { arbitrary: odd, weight: 1 })
}

const at = mostly(
  fc
    .date({ min: new Date('0000-01-01Z'), max: new Date('9999-12-31Z'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc.constantFrom(
    '2024-02-29T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-01-31T23:59:59.123456789Z',
    '2026-01-01T00:00:00+01:00',
    '2026-01-01T00:00Z',
  ),
)
const key = mostly(
  fc.constantFrom('skill:python', 'tip:ship-a-project', 'custom:Abc-1'),
  fc.constantFrom('skill:', 'tip:A', `custom:${'A'.repeat(65)}`, `skill:${'a'.repeat(129)}`),
)
const state = fc.record({
  status: mostly(fc.constantFrom('todo', 'learning', 'done', 'skipped'), fc.constant('DONE')),
  level: mostly(fc.constantFrom(null, 0, 2, 4), fc.constantFrom(5, 2.5)),
  notes: mostly(fc.string({ maxLength: 8 }), fc.constant('n'.repeat(20_001))),
  links: fc.array(
    fc.record({
      url: mostly(fc.constantFrom('https://example.com/a', 'http://x.y'), fc.constant('ftp://x')),
      label: mostly(fc.constantFrom('', 'docs'), fc.constant('x'.repeat(201))),
    }),
    { maxLength: 2 },
  ),
})
const rawEvent = fc.record({
  id: fc.constantFrom('e-1', 'e-2'),
  at,
  key,
  before: state,
  after: state,
  cause: fc.constantFrom('edit', 'undo'),
  batchId: fc.constant('b-1'),
})

describe('the progress record a merged event leaves', () => {
  it('is marked valid only when its event was validated, and the schema agrees', () => {
    fc.assert(
      fc.property(rawEvent, (raw) => {
        const parsed = ActivityEventSchema.safeParse(raw)
        if (!parsed.success) return
        // Marked as the store marks what it loads, and as the folder reader marks what it reads.
        for (const event of [
          markValid(ActivityEventSchema, structuredClone(parsed.data)),
          markEventValid(structuredClone(parsed.data)),
        ]) {
          const record = progressRecordAfter(event)
          expect(isKnownValid(ProgressRecordSchema, record)).toBe(true)
          const checked = ProgressRecordSchema.safeParse(record)
          expect(checked.success).toBe(true)
          expect(checked.data).toStrictEqual({ ...record })
          // Frozen through and through, so it stays as valid as it was marked.
          expect(Object.isFrozen(record)).toBe(true)
          expect(Object.isFrozen(record.links)).toBe(true)
          for (const link of record.links) expect(Object.isFrozen(link)).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('draws events the schema takes and events it refuses (so the property above can fail)', () => {
    const taken = fc
      .sample(rawEvent, 500)
      .filter((raw) => ActivityEventSchema.safeParse(raw).success)
    expect(taken.length).toBeGreaterThan(50)
    expect(taken.length).toBeLessThan(450)
  })

  it('is left for the store to check when its event was not validated by the reader', () => {
    const event = ActivityEventSchema.parse({
      id: 'e-1',
      at: '2026-01-31T10:00:00.000Z',
      key: 'skill:python',
      before: { status: 'todo', level: null, notes: '', links: [] },
      after: { status: 'done', level: null, notes: '', links: [] },
      cause: 'edit',
      batchId: 'b-1',
    })
    expect(isKnownValid(ProgressRecordSchema, progressRecordAfter(event))).toBe(false)
  })
})

describe('merging events into the data file', () => {
  const event = (id: string, minute: number, status: 'learning' | 'done'): ActivityEvent =>
    markValid(
      ActivityEventSchema,
      ActivityEventSchema.parse({
        id,
        at: `2026-01-31T10:${String(minute).padStart(2, '0')}:00.000Z`,
        key: 'skill:python',
        before: { status: 'todo', level: null, notes: '', links: [] },
        after: { status, level: null, notes: '', links: [] },
        cause: 'edit',
        batchId: id,
      }),
    )

  it('appends what arrived in clock order and leaves the key in its last writer’s state', () => {
    const replica = new Replica()
    const ops = [event('e-2', 2, 'done'), event('e-1', 1, 'learning')].map((e, n) => ({
      kind: 'event' as const,
      id: `device-a:${n + 1}`,
      clock: formatStamp({ wall: Date.parse(e.at), counter: 0 }, 'device-a'),
      event: e,
    }))
    const changes = replica.apply(ops)
    const previous = deepFreeze(DbSchema.parse(defaultDb()))
    const draft = draftOf(previous, appendOnlyKeysOf(DbSchema))
    expect(applyMerge(draft, replica, changes)).toEqual({ changed: 2, invalid: [] })
    const checked = validateChange(DbSchema, previous, draft)
    expect(checked.success && checked.data.activity.map((e) => e.id)).toEqual(['e-1', 'e-2'])
    expect(checked.success && checked.data.progress).toEqual([
      {
        key: 'skill:python',
        status: 'done',
        level: null,
        notes: '',
        links: [],
        updatedAt: '2026-01-31T10:02:00.000Z',
      },
    ])
  })

  it('moves an event back when its original op arrives after a later copy of it', () => {
    const stamp = (minute: number, device: string): string =>
      formatStamp({ wall: Date.parse(`2026-01-31T10:0${minute}:00.000Z`), counter: 0 }, device)
    const tick = event('e-tick', 1, 'done')
    const untick = event('e-untick', 2, 'learning')
    const replica = new Replica()
    // A cloned profile published the tick again, stamped after the untick made on another computer.
    const first = replica.apply([
      { kind: 'event', id: 'device-clone:1', clock: stamp(3, 'device-clone'), event: tick },
      { kind: 'event', id: 'device-b:1', clock: stamp(2, 'device-b'), event: untick },
    ])
    const empty = deepFreeze(DbSchema.parse(defaultDb()))
    const draft = draftOf(empty, appendOnlyKeysOf(DbSchema))
    applyMerge(draft, replica, first)
    const merged = validateChange(DbSchema, empty, draft)
    if (!merged.success) throw new Error('the first merge did not validate')
    const previous = deepFreeze(merged.data)
    // Then the tick's original op, from the computer it was made on.
    const second = replica.apply([
      { kind: 'event', id: 'device-a:1', clock: stamp(1, 'device-a'), event: tick },
    ])
    const next = draftOf(previous, appendOnlyKeysOf(DbSchema))
    expect(applyMerge(next, replica, second)).toEqual({ changed: 0, invalid: [] })
    const checked = validateChange(DbSchema, previous, next)
    expect(checked.success && checked.data.activity.map((e) => e.id)).toEqual([
      'e-tick',
      'e-untick',
    ])
    expect(checked.success && checked.data.progress.map((record) => record.status)).toEqual([
      'learning',
    ])
  })
})
