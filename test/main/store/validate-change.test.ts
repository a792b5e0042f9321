import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { deepFreeze } from '../../../src/main/store/deep-freeze'
import { appendOnlyKeysOf } from '../../../src/main/store/append-only'
import { draftOf } from '../../../src/main/store/draft'
import { DbSchema, defaultDb, type Db } from '../../../src/main/store/schema'
import { validateChange } from '../../../src/main/store/validate-change'
import type { Plan, ProgressRecord } from '@shared/domain/progress/types'
import { userRole } from './helpers'

const at = '2026-11-29T08:00:00.000Z'
/** The lists the store drafts as append-only. */
const storeKeys = appendOnlyKeysOf(DbSchema)
const record = (key: ProgressRecord['key'], status: ProgressRecord['status'] = 'done') =>
  ({ key, status, level: null, notes: '', links: [], updatedAt: at }) satisfies ProgressRecord
const plan = (id: string): Plan => ({
  id,
  title: `Plan ${id}`,
  source: { kind: 'empty' },
  items: [
    { key: 'skill:python', label: 'Python', group: 'skills' },
    { key: 'custom:a-1', label: 'Read the guide', group: 'custom' },
  ],
  archived: false,
  createdAt: at,
  updatedAt: at,
})

/** A valid, frozen database as the store holds it. */
function stored(): Db {
  return deepFreeze(
    DbSchema.parse({
      ...defaultDb(),
      roles: [userRole('analytics-translator')],
      progress: [record('skill:python'), record('custom:a-1', 'learning')],
      plans: [plan('one'), plan('two')],
    }),
  )
}

function change(previous: Db, mutate: (draft: Db) => void) {
  const draft = draftOf(previous, storeKeys)
  mutate(draft)
  return { draft, result: validateChange(DbSchema, previous, draft) }
}

describe('draftOf', () => {
  it('copies the top level and its lists and objects, sharing the records', () => {
    const previous = stored()
    const draft = draftOf(previous, storeKeys)
    expect(draft).not.toBe(previous)
    expect(draft.plans).not.toBe(previous.plans)
    expect(draft.settings).not.toBe(previous.settings)
    expect(draft.plans[0]).toBe(previous.plans[0])
    draft.plans.pop()
    draft.settings.windowBounds = { x: 0, y: 0, width: 800, height: 600, maximized: false }
    expect(previous.plans).toHaveLength(2)
    expect(previous.settings).toEqual({})
  })

  it('refuses an edit in place of a record, which belongs to the current data', () => {
    const draft = draftOf(stored(), storeKeys)
    expect(() => {
      const first = draft.plans[0]
      if (first) first.title = 'Changed behind the store’s back'
    }).toThrow(TypeError)
  })
})

describe('validateChange', () => {
  it('keeps unchanged lists and records as the very same objects', () => {
    const previous = stored()
    const { result } = change(previous, (draft) => {
      draft.progress.push(record('skill:sql'))
    })
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.data.plans).toBe(previous.plans)
    expect(result.data.roles).toBe(previous.roles)
    expect(result.data.progress[0]).toBe(previous.progress[0])
    expect(result.data.progress).toHaveLength(3)
  })

  it('parses new records as the schema does (trimming what it trims)', () => {
    const { result } = change(stored(), (draft) => {
      draft.plans.push({ ...plan('three'), title: '  Padded  ' })
    })
    expect(result.success && result.data.plans[2]?.title).toBe('Padded')
  })

  it('refuses an invalid change deep inside a replaced record of an untouched-looking list', () => {
    const previous = stored()
    const { result } = change(previous, (draft) => {
      const [first, second] = draft.plans
      if (!first || !second) return
      const items = [
        ...first.items,
        { key: 'nonsense' as 'custom:x', label: 'Bad', group: 'custom' as const },
      ]
      draft.plans = [{ ...first, items }, second]
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues[0]?.path).toEqual(['plans', 0, 'items', 2, 'key'])
  })

  it('runs the list’s own rules over the whole list, even when every record was valid before', () => {
    const previous = stored()
    const { result } = change(previous, (draft) => {
      const first = draft.progress[0]
      if (first) draft.progress.push(first)
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(z.prettifyError(result.error)).toContain('duplicate progress key')
    expect(result.error.issues[0]?.path).toEqual(['progress', 2, 'key'])
  })

  it('holds keys unique when many records change at once, as a first sync adds them', () => {
    const previous = stored()
    const many = Array.from({ length: 20 }, (_, n) => record(`custom:many-${n}`))
    const { result: unique } = change(previous, (draft) => {
      draft.progress.push(...many)
    })
    expect(unique.success).toBe(true)
    const { result: repeated } = change(previous, (draft) => {
      draft.progress.push(...many, record('custom:many-3', 'learning'))
    })
    expect(repeated.success).toBe(false)
    if (repeated.success) return
    expect(z.prettifyError(repeated.error)).toContain('duplicate progress key')
    expect(repeated.error.issues[0]?.path).toEqual(['progress', 22, 'key'])
  })

  it('refuses a hole or nothing pushed past the end of a list', () => {
    const { result } = change(stored(), (draft) => {
      draft.progress.push(undefined as unknown as ProgressRecord)
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues[0]?.path).toEqual(['progress', 2])
  })

  it('refuses an invalid top-level field and an invalid object', () => {
    const { result } = change(stored(), (draft) => {
      draft.catalogVersion = -1
      draft.settings.windowBounds = { x: 0, y: 0, width: -5, height: 600, maximized: false }
    })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues.map((issue) => issue.path[0])).toEqual([
      'catalogVersion',
      'settings',
    ])
  })

  it('parses the whole value when the schema has rules of its own', () => {
    const strict = DbSchema.refine((db) => db.roles.length === 0, 'no roles allowed')
    const previous = stored()
    const draft = draftOf(previous, storeKeys)
    expect(validateChange(strict, previous, draft).success).toBe(false)
  })

  it('agrees with a full parse on any sequence of changes', () => {
    const keys = ['skill:python', 'skill:sql', 'custom:a-1', 'tip:start-small', 'bad key'] as const
    const statuses = ['todo', 'done', 'unknown'] as const
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('set-record' as const),
        key: fc.constantFrom(...keys),
        status: fc.constantFrom(...statuses),
      }),
      fc.record({ kind: fc.constant('duplicate-record' as const), index: fc.nat(5) }),
      fc.record({ kind: fc.constant('remove-record' as const), index: fc.nat(5) }),
      fc.record({
        kind: fc.constant('rename-plan' as const),
        index: fc.nat(2),
        title: fc.string(),
      }),
      fc.record({
        kind: fc.constant('catalog-version' as const),
        version: fc.integer({ min: -2, max: 5 }),
      }),
    )
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        let previous = stored()
        for (const step of edits) {
          const draft = draftOf(previous, storeKeys)
          if (step.kind === 'set-record') {
            const next = {
              ...record('skill:python'),
              key: step.key,
              status: step.status,
            } as ProgressRecord
            const index = draft.progress.findIndex((existing) => existing.key === step.key)
            if (index === -1) draft.progress.push(next)
            else draft.progress[index] = next
          } else if (step.kind === 'duplicate-record') {
            const existing = draft.progress[step.index]
            if (existing) draft.progress.push(existing)
          } else if (step.kind === 'remove-record') {
            draft.progress.splice(step.index, 1)
          } else if (step.kind === 'rename-plan') {
            const plan = draft.plans[step.index]
            if (plan) draft.plans[step.index] = { ...plan, title: step.title }
          } else {
            draft.catalogVersion = step.version
          }
          const incremental = validateChange(DbSchema, previous, draft)
          const full = DbSchema.safeParse(draft)
          expect(incremental.success).toBe(full.success)
          if (incremental.success && full.success) {
            expect(incremental.data).toEqual(full.data)
            previous = deepFreeze(incremental.data)
          }
        }
      }),
    )
  })
})
