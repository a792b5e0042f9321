import { describe, expect, it } from 'vitest'
import { appendOnlyKeysOf } from '../../../src/main/store/append-only'
import { draftOf } from '../../../src/main/store/draft'
import { isKnownValid, markValid, markValidShallow } from '../../../src/main/store/known-valid'
import { DbSchema, defaultDb, type Db } from '../../../src/main/store/schema'
import { validateChange } from '../../../src/main/store/validate-change'
import { deepFreeze } from '../../../src/main/store/deep-freeze'
import {
  ActivityEventSchema,
  PlanItemSchema,
  type ActivityEvent,
} from '@shared/domain/progress/types'

const state = { status: 'learning' as const, level: null, notes: '', links: [] }
const event = (id: string): ActivityEvent => ({
  id,
  at: '2026-11-29T08:00:00.000Z',
  key: 'skill:python',
  before: state,
  after: { ...state, status: 'done' },
  cause: 'edit',
  batchId: id,
})

const empty = (): Db => deepFreeze(DbSchema.parse(defaultDb()))

function append(previous: Db, events: readonly ActivityEvent[], replace = false) {
  const draft = draftOf(previous, appendOnlyKeysOf(DbSchema))
  if (replace) draft.activity = [...events]
  else draft.activity.push(...events)
  return validateChange(DbSchema, previous, draft)
}

describe('markValidShallow', () => {
  it('freezes and marks the value itself, leaving what it holds as it was', () => {
    const parsed = ActivityEventSchema.parse(event('e-1'))
    const marked = markValidShallow(ActivityEventSchema, parsed)
    expect(Object.isFrozen(marked)).toBe(true)
    expect(Object.isFrozen(marked.after)).toBe(false)
    expect(isKnownValid(ActivityEventSchema, marked)).toBe(true)
    expect(isKnownValid(PlanItemSchema, marked)).toBe(false)
    expect(JSON.stringify(marked)).toBe(JSON.stringify(event('e-1')))
  })

  it('leaves a value frozen before it unmarked', () => {
    const frozen = deepFreeze(ActivityEventSchema.parse(event('e-1')))
    expect(isKnownValid(ActivityEventSchema, markValidShallow(ActivityEventSchema, frozen))).toBe(
      false,
    )
  })
})

describe('markValid', () => {
  it('freezes the value and marks it for that schema only', () => {
    const marked = markValid(ActivityEventSchema, ActivityEventSchema.parse(event('e-1')))
    expect(Object.isFrozen(marked)).toBe(true)
    expect(Object.isFrozen(marked.after)).toBe(true)
    expect(isKnownValid(ActivityEventSchema, marked)).toBe(true)
    expect(isKnownValid(PlanItemSchema, marked)).toBe(false)
    expect(isKnownValid(ActivityEventSchema, event('e-1'))).toBe(false)
  })

  it('leaves what the value says as JSON and as a copy unchanged', () => {
    const plain = event('e-2')
    const marked = markValid(ActivityEventSchema, ActivityEventSchema.parse(event('e-2')))
    expect(JSON.stringify(marked)).toBe(JSON.stringify(plain))
    expect(Object.keys(marked)).toEqual(Object.keys(plain))
    expect(structuredClone(marked)).toEqual(plain)
    expect(isKnownValid(ActivityEventSchema, structuredClone(marked))).toBe(false)
  })
})

describe('validateChange with events known valid', () => {
  it('keeps appended events already validated as the very same objects', () => {
    const events = ['e-1', 'e-2'].map((id) =>
      markValid(ActivityEventSchema, ActivityEventSchema.parse(event(id))),
    )
    const appended = append(empty(), events)
    expect(appended.success).toBe(true)
    if (!appended.success) return
    expect(appended.data.activity[0]).toBe(events[0])
    expect(appended.data.activity[1]).toBe(events[1])

    const replaced = append(empty(), events, true)
    expect(replaced.success && replaced.data.activity[1]).toBe(events[1])
  })

  it('still parses events nobody validated, and refuses invalid ones', () => {
    const fresh = event('e-3')
    const appended = append(empty(), [fresh])
    expect(appended.success && appended.data.activity[0]).not.toBe(fresh)
    const broken = { ...event('e-4'), at: 'yesterday' }
    expect(append(empty(), [broken]).success).toBe(false)
    expect(append(empty(), [broken], true).success).toBe(false)
  })
})
