import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readOp, readOps } from '@shared/sync/op-check'
import { OpSchema } from '@shared/sync/ops'
import { SegmentSchema, makeSegment, readSegment } from '@shared/sync/segment'
import { eventOf } from './arbitraries'

/** Mostly `usual`, now and then `odd`: so that an op is often valid all through, and often not in just one part. */
function mostly<T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: odd, weight: 1 })
}

/** Strings near every boundary the schema draws: empty, at and past each limit, odd characters. */
const edgyText = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', 'a', 'x'.repeat(64), 'x'.repeat(65), 'y'.repeat(128), 'y'.repeat(129)),
  fc.constantFrom('x'.repeat(200), 'x'.repeat(201), 'n'.repeat(20_000), 'n'.repeat(20_001)),
  fc.constantFrom('__proto__', 'constructor', 'A-b_9', 'é', ' ', 'a:b'),
)

const dateTime = mostly(
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString()),
  fc.constantFrom(
    '2026-02-29T00:00:00Z',
    '2024-02-29T12:00:00.5Z',
    '2026-04-31T00:00:00Z',
    '2026-01-31T23:59:59.123456789Z',
    '2026-01-01T00:00:00.1234567890Z',
    '2026-01-01T00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T00:00:60Z',
    '2026-01-01T00:00:00+01:00',
    '2026-13-01T00:00:00Z',
    '2026-1-01T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '0000-02-29T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-06-30T00:00:00Z',
    '2026-06-31T00:00:00Z',
    '2026-12-31T23:59:59.999Z',
    '2026-01-32T00:00:00Z',
    '2026-00-10T00:00:00Z',
  ),
)

const progressKey = fc.oneof(
  { arbitrary: fc.constantFrom('skill:python', 'tip:ship-a-project', 'custom:Abc-1'), weight: 12 },
  fc.constantFrom('skill:', 'tip:A', 'x:y'),
  fc.constantFrom(`skill:${'a'.repeat(128)}`, `skill:${'a'.repeat(129)}`, `tip:${'a'.repeat(132)}`),
  fc.constantFrom(`tip:${'a'.repeat(133)}`),
  fc.constantFrom(`custom:${'A'.repeat(64)}`, `custom:${'A'.repeat(65)}`, 'skill:a--b', 'skill'),
  edgyText.map((text) => `skill:${text}`),
)

const link = fc.record({
  url: mostly(
    fc.constantFrom('https://example.com/a', 'http://x.y', 'https://X.Y/a b'),
    fc.constantFrom(
      ' https://x.y ',
      'ftp://x.y',
      'not a url',
      '',
      'https:x.y',
      `https://x.y/${'p'.repeat(2030)}`,
      `https://x.y/${'p'.repeat(2040)}`,
    ),
  ),
  label: mostly(fc.constantFrom('', 'docs'), fc.constantFrom('x'.repeat(200), 'x'.repeat(201))),
})

const progressState = fc.record({
  status: mostly(
    fc.constantFrom('todo', 'learning', 'done', 'skipped'),
    fc.constantFrom('DONE', ''),
  ),
  level: mostly(fc.constantFrom(null, 0, 1, 2, 3, 4), fc.constantFrom(5, -1, 2.5, -0, '2')),
  notes: mostly(fc.string({ maxLength: 8 }), edgyText),
  links: fc.oneof(
    { arbitrary: fc.constant([]), weight: 6 },
    { arbitrary: fc.array(link, { maxLength: 2 }), weight: 6 },
    fc
      .constantFrom(50, 51)
      .map((n) => Array.from({ length: n }, () => ({ url: 'http://x.y', label: '' }))),
  ),
})

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
const recordId = mostly(fc.string({ minLength: 1, maxLength: 8 }), edgyText)

const eventOp = fc.record({
  kind: fc.constant('event'),
  id: opId,
  clock: stamp,
  event: fc.record({
    id: recordId,
    at: dateTime,
    key: progressKey,
    before: progressState,
    after: progressState,
    cause: mostly(fc.constantFrom('edit', 'reset', 'undo'), fc.constant('redo')),
    batchId: recordId,
  }),
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

type Json = unknown

/** Every path to a value inside `value`. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const paths = [at]
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...at, i])))
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]))
  return paths
}

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'reverse-keys' }

/** `value` with one change made at `path` (a copy; `value` is left alone). */
function mutate(value: Json, path: (string | number)[], mutation: Mutation): Json {
  if (path.length === 0) {
    if (mutation.kind === 'replace') return mutation.value
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    if (mutation.kind === 'add') return { ...value, [mutation.key]: mutation.value }
    if (mutation.kind === 'reverse-keys') return Object.fromEntries(Object.entries(value).reverse())
    return value
  }
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  if (Array.isArray(value)) {
    const copy = [...value]
    if (rest.length === 0 && mutation.kind === 'delete') copy.splice(head as number, 1)
    else copy[head as number] = mutate(copy[head as number], rest, mutation)
    return copy
  }
  const entries = Object.entries(value as Record<string, unknown>)
  if (rest.length === 0 && mutation.kind === 'delete')
    return Object.fromEntries(entries.filter(([key]) => key !== String(head)))
  return Object.fromEntries(
    entries.map(([key, item]) => [key, key === String(head) ? mutate(item, rest, mutation) : item]),
  )
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.anything() }),
  fc.record({ kind: fc.constant('replace' as const), value: edgyText }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add' as const), key: edgyText, value: fc.jsonValue() }),
  fc.constant({ kind: 'reverse-keys' as const }),
)

/** A valid op (or a nearly valid one) with one change made somewhere inside it. */
const mutatedOp = fc.tuple(nearlyValidOp, fc.nat(), mutation).map(([op, pick, change]) => {
  const paths = pathsOf(op)
  return mutate(op, paths[pick % paths.length] ?? [], change)
})

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
    const segment = makeSegment('device-a', 3, true, [])
    fc.assert(
      fc.property(
        fc.array(nearlyValidOp, { maxLength: 3 }),
        fc.nat(),
        mutation,
        (ops, pick, change) => {
          const raw = { ...segment, ops }
          const paths = pathsOf(raw)
          const mutated = mutate(raw, paths[pick % paths.length] ?? [], change)
          const parsed = SegmentSchema.safeParse(mutated)
          expect(readSegment(mutated)).toStrictEqual(parsed.success ? parsed.data : null)
        },
      ),
      runs,
    )
  })
})
