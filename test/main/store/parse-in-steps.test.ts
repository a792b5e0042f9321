import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseInSteps } from '../../../src/main/store/parse-in-steps'
import { runAll } from '@shared/domain/article-import/steps'
import { RoleSchema } from '@shared/domain/role'
import {
  RECORD_ID_MAX,
  ROLE_ALIASES_MAX,
  ROLE_ITEM_TEXT_MAX,
  ROLE_NAME_MAX,
} from '@shared/domain/text-limits'
import { edgyText, mostly, mutated } from '../../shared/domain/progress/near-limit-records'

/** Every key of every object in `value`, in order, with the path to it: what key order hides. */
function keyPaths(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, `${at}/${index}`))
  if (typeof value !== 'object' || value === null) return []
  return Object.keys(value).flatMap((key) => [
    `${at}/${key}`,
    ...keyPaths((value as Record<string, unknown>)[key], `${at}/${key}`),
  ])
}

/** Holds parseInSteps to the schema's own parse: the same verdict, the same data, key for key. */
function expectSameAsOneParse(schema: z.ZodType, value: unknown): void {
  const once = schema.safeParse(value)
  const stepped = runAll(parseInSteps(schema, value))
  expect(stepped.success).toBe(once.success)
  if (once.success && stepped.success) {
    expect(stepped.data).toStrictEqual(once.data)
    expect(keyPaths(stepped.data)).toEqual(keyPaths(once.data))
  } else if (!stepped.success) {
    // It stops at the first element that does not parse, and a list over its size limit
    // fails in one parse before its elements are read: the issues may differ, not the verdict.
    expect(stepped.error.issues.length).toBeGreaterThan(0)
  }
}

const noNullPrototype = true
const id = mostly(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom('', 'x'.repeat(RECORD_ID_MAX), 'x'.repeat(RECORD_ID_MAX + 1)),
)
const itemText = mostly(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('', 't'.repeat(ROLE_ITEM_TEXT_MAX), 't'.repeat(ROLE_ITEM_TEXT_MAX + 1)),
)
const provenance = fc.record(
  {
    origin: mostly(fc.constantFrom('catalog', 'import', 'user'), fc.constant('seed')),
    articleIds: fc.array(id, { maxLength: 2 }),
    sources: fc.array(fc.record({ sourceId: edgyText, locator: edgyText }, { noNullPrototype }), {
      maxLength: 1,
    }),
  },
  { requiredKeys: ['origin', 'articleIds'], noNullPrototype },
)
const item = fc.record(
  {
    id,
    text: itemText,
    entityIds: fc.array(mostly(fc.constantFrom('sql', 'python'), edgyText), { maxLength: 2 }),
    provenance,
    importance: mostly(fc.constantFrom(1, 3.5, 5), fc.constantFrom(0, 6, Number.NaN)),
    generic: fc.boolean(),
    hot: fc.boolean(),
    inDemand: mostly(fc.boolean(), fc.constant('yes')),
  },
  { requiredKeys: ['id', 'text', 'entityIds', 'provenance'], noNullPrototype },
)
const items = fc.array(item, { maxLength: 4 })
const figure = fc.record(
  {
    id,
    kind: mostly(fc.constantFrom('growth', 'salary', 'demand'), fc.constant('pay')),
    label: edgyText,
    value: mostly(fc.double({ noNaN: true }), fc.constant('5')),
    unit: fc.constantFrom('percent', 'usd-per-year'),
    period: edgyText,
    source: edgyText,
    provenance,
  },
  { noNullPrototype },
)
/** A role as the app stores it, every part drawn near the limits RoleSchema draws. */
const nearlyValidRole = fc.record(
  {
    id: mostly(fc.constantFrom('data-manager', 'a1-b2'), fc.constantFrom('Data Manager', '')),
    name: mostly(
      fc.string({ minLength: 1, maxLength: 10 }),
      fc.constantFrom('', 'n'.repeat(ROLE_NAME_MAX), 'n'.repeat(ROLE_NAME_MAX + 1)),
    ),
    aliases: fc.oneof(
      fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 2 }),
      fc
        .constantFrom(ROLE_ALIASES_MAX, ROLE_ALIASES_MAX + 1)
        .map((count) => Array.from({ length: count }, (_, n) => `alias ${n}`)),
    ),
    summary: mostly(fc.string({ minLength: 1, maxLength: 10 }), edgyText),
    origin: mostly(fc.constantFrom('builtin', 'user', 'imported'), fc.constant('seed')),
    kind: fc.constantFrom('seed', 'occupation', 'market'),
    sections: fc.record(
      {
        responsibilities: items,
        skills: items,
        education: items,
        tools: items,
        industries: items,
        tips: items,
      },
      { noNullPrototype },
    ),
    outlook: fc.record(
      { statements: items, figures: fc.array(figure, { maxLength: 2 }) },
      { noNullPrototype },
    ),
  },
  { requiredKeys: ['id', 'name', 'aliases', 'summary', 'origin', 'sections', 'outlook'] },
)

describe('parseInSteps', () => {
  it('gives RoleSchema’s verdict and data for roles drawn near every limit, and changed ones', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: nearlyValidRole, weight: 4 },
          { arbitrary: mutated(nearlyValidRole), weight: 4 },
          fc.anything(),
        ),
        (role) => expectSameAsOneParse(RoleSchema, role),
      ),
      { numRuns: 400 },
    )
  })

  // Checks on lists and objects, strict and passthrough objects, transforms inside elements,
  // optional lists: the rest of the schema must answer as it does in one parse.
  it('keeps every rule of the schema around its lists', () => {
    const schema = z
      .object({
        list: z.array(z.object({ n: z.number().transform((n) => n * 2) })).max(3),
        inner: z.object({ words: z.array(z.string().min(2)).min(1) }).strict(),
        loose: z.looseObject({ tags: z.array(z.string()) }),
        maybe: z.array(z.string()).optional(),
        note: z.string().optional(),
      })
      .refine((value) => value.list.length !== 2, 'not two')
    const word = fc.constantFrom('a', 'ab', 'abc')
    const input = fc.record(
      {
        list: fc.array(fc.record({ n: fc.oneof(fc.integer(), fc.constant('1')) }), {
          maxLength: 4,
        }),
        inner: fc.record({ words: fc.array(word, { maxLength: 3 }) }, { requiredKeys: [] }),
        loose: fc.record({ tags: fc.array(word, { maxLength: 2 }), extra: word }),
        maybe: fc.oneof(fc.array(word, { maxLength: 2 }), fc.constant(undefined)),
        note: fc.oneof(word, fc.constant(undefined)),
      },
      { requiredKeys: ['list'] },
    )
    fc.assert(
      fc.property(fc.oneof(input, mutated(input)), (value) => expectSameAsOneParse(schema, value)),
      { numRuns: 400 },
    )
  })

  it('keeps an inherited field and an absent one as the schema sees them', () => {
    const schema = z.object({ list: z.array(z.string()), note: z.string().optional() })
    const inherited = Object.create({ list: ['from the prototype'] }) as object
    expectSameAsOneParse(schema, inherited)
    expectSameAsOneParse(schema, Object.assign(Object.create(null) as object, { list: ['a'] }))
    const hidden = { list: ['a'] }
    Object.defineProperty(hidden, 'note', { value: 'not enumerable', enumerable: false })
    expectSameAsOneParse(schema, hidden)
    expect(runAll(parseInSteps(schema, hidden))).toEqual({
      success: true,
      data: { list: ['a'], note: 'not enumerable' },
    })
    // A loose object keeps unknown keys it enumerates: inherited ones, not hidden own ones.
    const loose = z.looseObject({ list: z.array(z.string()) })
    const withExtras = Object.create({ inherited: 1 }) as Record<string, unknown>
    withExtras.list = ['a']
    Object.defineProperty(withExtras, 'hidden', { value: 2, enumerable: false })
    expectSameAsOneParse(loose, withExtras)
    expect(runAll(parseInSteps(loose, withExtras))).toEqual({
      success: true,
      data: { list: ['a'], inherited: 1 },
    })
  })

  it('parses one list element a step, so no step checks a large record whole', () => {
    let checked = 0
    const counted = z.string().refine(() => {
      checked++
      return true
    })
    const schema = z.object({ a: z.array(counted), b: z.object({ c: z.array(counted) }) })
    const value = { a: ['x', 'y', 'z'], b: { c: Array.from({ length: 500 }, () => 'w') } }
    const steps = parseInSteps(schema, value)
    const perStep: number[] = []
    let before = checked
    let next = steps.next()
    while (!next.done) {
      perStep.push(checked - before)
      before = checked
      next = steps.next()
    }
    expect(Math.max(...perStep)).toBe(1)
    expect(perStep.length).toBeGreaterThanOrEqual(503)
    // The last step puts the record together without checking any element again.
    expect(checked - before).toBe(0)
    expect(next.value).toEqual({ success: true, data: value })
  })

  it('stops at the first element that does not parse, naming where it is', () => {
    const schema = z.object({ items: z.array(z.object({ text: z.string().min(1) })) })
    const value = { items: [{ text: 'a' }, { text: '' }, ...Array.from({ length: 100 }, () => 3)] }
    const steps = parseInSteps(schema, value)
    let count = 0
    let next = steps.next()
    while (!next.done) {
      count++
      next = steps.next()
    }
    expect(count).toBe(1)
    expect(next.value.success).toBe(false)
    expect(next.value.error?.issues.map((issue) => issue.path)).toEqual([['items', 1, 'text']])
  })
})
