import fc from 'fast-check'

/**
 * Activity events and progress records drawn near every limit their schemas draw, and the same
 * changed in one place: for holding a hand-written check to the schema's answers (the data
 * file's on start, and the sync op reader's, whose events are these).
 */

/** Mostly `usual`, now and then `odd`: so that a record is often valid all through, and often not in just one part. */
export function mostly<T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: odd, weight: 1 })
}

/** Strings near every boundary the schema draws: empty, at and past each limit, odd characters. */
export const edgyText = fc.oneof(
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
    '2000-02-29T12:00:00Z',
    '1900-02-29T12:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-06-30T00:00:00Z',
    '2026-01-31T23:59:59.123456789Z',
    '2026-01-01T00:00:00.1234567890Z',
    '2026-01-01T00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T00:00:60Z',
    '2026-01-01T00:00:00+01:00',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-01-32T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-1-01T00:00:00Z',
  ),
)

const progressKey = fc.oneof(
  { arbitrary: fc.constantFrom('skill:python', 'tip:ship-a-project', 'custom:Abc-1'), weight: 12 },
  fc.constantFrom('skill:', 'tip:A', 'x:y', 'custom:', 'tip:', 'skill:Python'),
  fc.constantFrom(`skill:${'a'.repeat(128)}`, `skill:${'a'.repeat(129)}`, `tip:${'a'.repeat(132)}`),
  fc.constantFrom(`tip:${'a'.repeat(133)}`),
  fc.constantFrom(`custom:${'A'.repeat(64)}`, `custom:${'A'.repeat(65)}`, 'skill:a--b', 'skill'),
  edgyText.map((text) => `skill:${text}`),
)

/**
 * Records as JSON.parse makes them; objects without a prototype come from `fc.anything()` and
 * the mutations' copies of them.
 */
const noNullPrototype = true

const link = fc.record(
  {
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
  },
  { noNullPrototype },
)

const stateFields = {
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
}

export const recordId = mostly(fc.string({ minLength: 1, maxLength: 8 }), edgyText)

/** An event as the app writes it, every part drawn from near the schema's limits. */
export const nearlyValidEvent: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: recordId,
    at: dateTime,
    key: progressKey,
    before: fc.record(stateFields, { noNullPrototype }),
    after: fc.record(stateFields, { noNullPrototype }),
    cause: mostly(fc.constantFrom('edit', 'reset', 'undo'), fc.constant('redo')),
    batchId: recordId,
    origin: mostly(
      fc.constantFrom('device-a', 'A_b-9z'),
      fc.constantFrom('short', 'd'.repeat(64), 'd'.repeat(65), 'dev ice'),
    ),
  },
  { requiredKeys: ['id', 'at', 'key', 'before', 'after', 'cause', 'batchId'], noNullPrototype },
)

/** A progress record as the app writes it, every part drawn from near the schema's limits. */
export const nearlyValidRecord: fc.Arbitrary<Record<string, unknown>> = fc.record(
  { ...stateFields, key: progressKey, updatedAt: dateTime },
  { noNullPrototype },
)

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
  | { kind: 'undefined-key'; key: string }
  | { kind: 'null-prototype' }

/** `value` with one change made at `path` (a copy; `value` is left alone). */
function mutate(value: Json, path: (string | number)[], mutation: Mutation): Json {
  if (path.length === 0) {
    if (mutation.kind === 'replace') return mutation.value
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    if (mutation.kind === 'add') return { ...value, [mutation.key]: mutation.value }
    if (mutation.kind === 'undefined-key') return { ...value, [mutation.key]: undefined }
    if (mutation.kind === 'reverse-keys') return Object.fromEntries(Object.entries(value).reverse())
    if (mutation.kind === 'null-prototype') return Object.assign(Object.create(null), value)
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
  fc.record({
    kind: fc.constant('undefined-key' as const),
    key: fc.constantFrom('origin', 'notes', 'extra'),
  }),
  fc.constant({ kind: 'reverse-keys' as const }),
  fc.constant({ kind: 'null-prototype' as const }),
)

/** A value of `arbitrary` with one change made somewhere inside it. */
export function mutated(arbitrary: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  return fc.tuple(arbitrary, fc.nat(), mutation).map(([value, pick, change]) => {
    const paths = pathsOf(value)
    return mutate(value, paths[pick % paths.length] ?? [], change)
  })
}
