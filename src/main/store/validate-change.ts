import { z } from 'zod'
import { appendedTo, type Appended } from './append-only'
import { deepFreeze } from './deep-freeze'
import { isKnownValid } from './known-valid'
import { allKeysAreUnique, changedKeysAreUnique } from './unique-keys'

/** The result of {@link validateChange}: the new data, or why it is refused. */
export type ValidatedChange<T> = { success: true; data: T } | { success: false; error: z.ZodError }

/**
 * Validates `next`, a changed copy of `previous` (valid, frozen output of `schema`), as
 * `schema.safeParse(next)` would, but only where it changed. A top-level list is checked
 * record by record: a record that is the very object `previous` held in that list is already
 * valid (frozen, so unchanged) and kept as it is, new records are parsed, and the list's own
 * rules (unique keys, limits) run over the whole list, unique keys only against the changed
 * records when there are a few, and without zod when they are the only rule (see
 * unique-keys.ts). An append-only list's draft (see
 * append-only.ts) has only its pushed records parsed, and of those only the ones not already
 * known valid (see known-valid.ts). Every other top-level field that is
 * not the previous value is parsed whole. Unchanged lists keep their identity; changed lists
 * come back frozen, their new records too.
 *
 * A schema that cannot be split this way (not an object, or with rules of its own over the
 * whole object) is parsed whole.
 */
export function validateChange<T extends object>(
  schema: z.ZodType<T>,
  previous: T,
  next: T,
): ValidatedChange<T> {
  if (!(schema instanceof z.ZodObject) || (schema.def.checks ?? []).length > 0) {
    return schema.safeParse(next)
  }
  const before = previous as Record<string, unknown>
  const after = next as Record<string, unknown>
  const data: Record<string, unknown> = {}
  const issues: z.core.$ZodIssue[] = []
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const value = after[key]
    const old = before[key]
    const appended = appendedTo(value)
    if (value === old) {
      if (value !== undefined) data[key] = value
    } else if (fieldSchema instanceof z.ZodArray && appended && appended.base === old) {
      const list = validateAppended(fieldSchema, appended)
      if (list.success) data[key] = list.data
      else issues.push(...withPrefix(list.error.issues, [key]))
    } else if (fieldSchema instanceof z.ZodArray && Array.isArray(value) && Array.isArray(old)) {
      // A pushed-onto draft of some other list is checked as the plain list it stands for.
      const list = validateList(
        fieldSchema,
        old,
        appended ? [...appended.base, ...appended.added] : value,
      )
      if (list.success) data[key] = list.data
      else issues.push(...withPrefix(list.error.issues, [key]))
    } else {
      const result = fieldSchema.safeParse(value)
      if (!result.success) issues.push(...withPrefix(result.error.issues, [key]))
      else if (result.data !== undefined) data[key] = result.data
    }
  }
  if (issues.length > 0) return { success: false, error: new z.ZodError(issues) }
  return { success: true, data: data as T }
}

/**
 * An append-only list's draft: only the pushed records are new, so only they are parsed; the
 * list's own rules, if it has any, still run over the whole list.
 */
function validateAppended(
  schema: z.ZodArray,
  { base, added }: Appended,
): { success: true; data: readonly unknown[] } | { success: false; error: z.ZodError } {
  if (added.length === 0) return { success: true, data: base }
  const issues: z.core.$ZodIssue[] = []
  // Copied only if a record is parsed: a first sync appends 50,000 events, each known valid.
  let parsed: unknown[] | null = null
  for (let offset = 0; offset < added.length; offset++) {
    const record = added[offset]
    // Parsed already by whoever made it (sync's reader) and frozen since: kept as it is.
    if (isKnownValid(schema.element, record)) continue
    const result = z.safeParse(schema.element, record)
    if (result.success) (parsed ??= added.slice())[offset] = deepFreeze(result.data)
    else issues.push(...withPrefix(result.error.issues, [base.length + offset]))
  }
  if (issues.length > 0) return { success: false, error: new z.ZodError(issues) }
  const items = base.concat(parsed ?? added)
  const checked = listRules(schema)?.safeParse(items)
  if (checked && !checked.success) return checked
  return { success: true, data: Object.freeze(items) }
}

/** How many records out of place are searched for before the previous records are indexed. */
const FEW_LOOKUPS = 8

function validateList(
  schema: z.ZodArray,
  previous: readonly unknown[],
  next: unknown[],
): { success: true; data: readonly unknown[] } | { success: false; error: z.ZodError } {
  const start = firstDifference(next, previous)
  if (start === next.length && next.length === previous.length) {
    return { success: true, data: previous }
  }

  let known: Set<unknown> | undefined
  let lookups = 0
  // The draft's list is the draft's own copy (see draftOf), so it becomes the new list:
  // copying 50,000 references once more per update would only feed the garbage collector.
  const items = next
  const issues: z.core.$ZodIssue[] = []
  // Where records differ from the previous list, while that is a few and none moved.
  const changed: number[] = []
  for (let index = start; index < items.length; index++) {
    const item = items[index]
    // Past the previous end both sides of a hole read undefined: that is no kept record.
    if (index < previous.length && item === previous[index]) continue
    if (known === undefined && changed.length <= FEW_LOOKUPS) changed.push(index)
    // A record out of its place means records were removed or moved: from then on, look the
    // previous ones up. Past the previous end (an append) a record is parsed, unless a lookup
    // is already there: parsing a known record again costs time but gives the same record.
    // The first few are looked up one by one: a tick replaces a single record, and a set of
    // thousands of frozen records costs more to build than a few searches.
    if (index < previous.length && ++lookups > FEW_LOOKUPS) known ??= new Set(previous)
    if (known ? known.has(item) : index < previous.length && previous.includes(item)) continue
    if (isKnownValid(schema.element, item)) continue
    const result = z.safeParse(schema.element, item)
    if (result.success) items[index] = deepFreeze(result.data)
    else issues.push(...withPrefix(result.error.issues, [index]))
  }
  if (issues.length > 0) return { success: false, error: new z.ZodError(issues) }
  const fewChanged = known === undefined && changed.length <= FEW_LOOKUPS
  const unique = fewChanged
    ? changedKeysAreUnique(schema, items, changed)
    : allKeysAreUnique(schema, items)
  if (!unique) {
    const checked = listRules(schema)?.safeParse(items)
    if (checked && !checked.success) return checked
  }
  return { success: true, data: Object.freeze(items) }
}

/** The first index at which the lists hold different records (the shorter's length if none). */
function firstDifference(next: readonly unknown[], previous: readonly unknown[]): number {
  const length = Math.min(next.length, previous.length)
  let index = 0
  while (index < length && next[index] === previous[index]) index++
  return index
}

const rulesBySchema = new WeakMap<z.ZodArray, z.ZodType | null>()

/**
 * The list's own rules (unique keys, limits) without its records' schema: the same list
 * schema over `unknown`, so checking them does not parse every record again. Null when the
 * list has none.
 */
function listRules(schema: z.ZodArray): z.ZodType | null {
  let rules = rulesBySchema.get(schema)
  if (rules === undefined) {
    const hasRules = (schema.def.checks ?? []).length > 0
    rules = hasRules ? schema.clone({ ...schema.def, element: z.unknown() }) : null
    rulesBySchema.set(schema, rules)
  }
  return rules
}

function withPrefix(
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[],
): z.core.$ZodIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }))
}
