import { describe, expect, it } from 'vitest'
import { appendOnlyDraft, appendOnlyKeysOf, appendedTo } from '../../../src/main/store/append-only'
import { deepFreeze } from '../../../src/main/store/deep-freeze'
import { draftOf } from '../../../src/main/store/draft'
import { DbSchema, defaultDb, type Db } from '../../../src/main/store/schema'
import { validateChange } from '../../../src/main/store/validate-change'
import type { ActivityEvent } from '@shared/domain/progress/types'

const learning = { status: 'learning' as const, level: null, notes: '', links: [] }
const event = (n: number): ActivityEvent => ({
  id: `event-${n}`,
  at: new Date(Date.UTC(2026, 10, 1, 8, n)).toISOString(),
  key: 'skill:python',
  before: { ...learning, status: 'todo' },
  after: learning,
  cause: 'edit',
  batchId: `batch-${n}`,
})

/** A valid, frozen database with a short activity log. */
function stored(): Db {
  return deepFreeze(DbSchema.parse({ ...defaultDb(), activity: [event(1), event(2)] }))
}

function changed(previous: Db, mutate: (draft: Db) => void) {
  const draft = draftOf(previous, appendOnlyKeysOf(DbSchema))
  mutate(draft)
  return validateChange(DbSchema, previous, draft)
}

describe('appendOnlyDraft', () => {
  it('reads as the list it stands for, pushes included', () => {
    const base = deepFreeze([1, 2, 3])
    const draft = appendOnlyDraft(base)
    expect(draft.push(4, 5)).toBe(5)
    expect(Array.isArray(draft)).toBe(true)
    expect(draft).toHaveLength(5)
    expect([draft[0], draft[3], draft[5]]).toEqual([1, 4, undefined])
    expect([...draft]).toEqual([1, 2, 3, 4, 5])
    expect(draft.filter((n) => n % 2 === 1)).toEqual([1, 3, 5])
    expect(JSON.stringify(draft)).toBe('[1,2,3,4,5]')
    expect(4 in draft).toBe(true)
    expect(appendedTo(draft)).toEqual({ base, added: [4, 5] })
    expect(base).toEqual([1, 2, 3])
  })

  it('refuses anything but a push', () => {
    const draft = appendOnlyDraft(deepFreeze([1, 2, 3]))
    expect(() => (draft[0] = 9)).toThrow(TypeError)
    expect(() => draft.splice(0, 1)).toThrow(TypeError)
    expect(() => draft.sort()).toThrow(TypeError)
    expect(() => (draft.length = 1)).toThrow(/only ever appended to/)
  })
})

describe('an append-only list in an update', () => {
  it('is the activity log, and only it', () => {
    expect([...appendOnlyKeysOf(DbSchema)]).toEqual(['activity'])
  })

  it('keeps the very same list when nothing was pushed', () => {
    const previous = stored()
    const result = changed(previous, (draft) => {
      draft.catalogVersion = 3
    })
    expect(result.success && result.data.activity).toBe(previous.activity)
  })

  it('adds the pushed records, parsed and frozen, after the ones it had', () => {
    const previous = stored()
    const result = changed(previous, (draft) => {
      draft.activity.push(event(3))
    })
    if (!result.success) throw result.error
    expect(result.data.activity).toEqual([event(1), event(2), event(3)])
    expect(result.data.activity[0]).toBe(previous.activity[0])
    expect(Object.isFrozen(result.data.activity)).toBe(true)
    expect(Object.isFrozen(result.data.activity[2])).toBe(true)
  })

  it('refuses a pushed record that is not valid, at its place in the list', () => {
    const result = changed(stored(), (draft) => {
      draft.activity.push({ ...event(3), cause: 'magic' } as unknown as ActivityEvent)
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues[0]?.path).toEqual(['activity', 2, 'cause'])
  })

  it('still takes a whole new list, as a restore makes', () => {
    const result = changed(stored(), (draft) => {
      draft.activity = [event(7)]
    })
    expect(result.success && result.data.activity).toEqual([event(7)])
  })
})
