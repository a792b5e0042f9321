import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ActivityEventSchema, type ProgressState } from '@shared/domain/progress/types'
import { markEventValid, withSharedStates } from '../../../../src/main/services/sync/shared-states'
import { isKnownValid } from '../../../../src/main/store/known-valid'

const state = fc.record({
  status: fc.constantFrom('todo', 'learning', 'done', 'skipped'),
  level: fc.constantFrom(null, 0, 1, 2, 3, 4),
  notes: fc.oneof(fc.constant(''), fc.string({ maxLength: 4 })),
  links: fc.oneof(
    fc.constant([]),
    fc.array(fc.record({ url: fc.constant('https://example.com/a'), label: fc.string() }), {
      maxLength: 1,
    }),
  ),
})
const event = fc.record({ before: state, after: state }).map(({ before, after }) =>
  ActivityEventSchema.parse({
    id: 'e-1',
    at: '2026-01-31T10:00:00.000Z',
    key: 'skill:python',
    before,
    after,
    cause: 'edit',
    batchId: 'b-1',
  }),
)

describe('sharing the states of events read from a folder', () => {
  it('changes nothing an event says, as data or as JSON', () => {
    fc.assert(
      fc.property(event, (read) => {
        const text = JSON.stringify(read)
        const copy = structuredClone(read)
        const shared = withSharedStates(read)
        expect(JSON.stringify(shared)).toBe(text)
        expect(shared).toStrictEqual(copy)
      }),
    )
  })

  it('gives equal plain states one frozen object, and keeps states with notes or links', () => {
    const plain = (status: ProgressState['status']): ProgressState => ({
      status,
      level: 2,
      notes: '',
      links: [],
    })
    const first = withSharedStates(
      ActivityEventSchema.parse({
        id: 'e-1',
        at: '2026-01-31T10:00:00.000Z',
        key: 'skill:python',
        before: plain('todo'),
        after: plain('learning'),
        cause: 'edit',
        batchId: 'b-1',
      }),
    )
    const noted = { ...plain('done'), notes: 'Finished the course' }
    const second = withSharedStates(
      ActivityEventSchema.parse({ ...first, id: 'e-2', before: plain('learning'), after: noted }),
    )
    expect(second.before).toBe(first.after)
    expect(Object.isFrozen(second.before)).toBe(true)
    expect(second.after).toEqual(noted)
    expect(Object.isFrozen(second.after)).toBe(false)
  })
})

/** True when `value` and every object inside it is frozen. */
function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen)
}

describe('marking an event read from a folder as valid for the store', () => {
  it('freezes it and all it holds, marks it valid, and changes nothing it says', () => {
    fc.assert(
      fc.property(event, (read) => {
        const text = JSON.stringify(read)
        const marked = markEventValid(read)
        expect(JSON.stringify(marked)).toBe(text)
        expect(isDeeplyFrozen(marked)).toBe(true)
        expect(isKnownValid(ActivityEventSchema, marked)).toBe(true)
      }),
    )
  })

  it('leaves an event frozen before it unmarked: the store parses that one itself', () => {
    const frozen = Object.freeze(
      ActivityEventSchema.parse({
        id: 'e-1',
        at: '2026-01-31T10:00:00.000Z',
        key: 'skill:python',
        before: { status: 'todo', level: null, notes: '', links: [] },
        after: { status: 'done', level: null, notes: '', links: [] },
        cause: 'edit',
        batchId: 'b-1',
      }),
    )
    expect(isKnownValid(ActivityEventSchema, markEventValid(frozen))).toBe(false)
  })
})
