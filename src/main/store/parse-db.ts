import type { z } from 'zod'
import {
  isCertainlyValidEvent,
  isCertainlyValidRecord,
} from '../../shared/domain/progress/certainly-valid'
import type { Db } from './schema'

/** A list of the data file whose records a hand-written check can vouch for. */
interface CheckedList {
  /** The field of the data file holding the list. */
  field: 'activity' | 'progress'
  /** True only when the list's schema certainly takes the record as it is. */
  isCertainlyValid: (record: unknown) => boolean
  /** The list's one rule of its own: no two records share a `key` (see uniqueKeys). */
  uniqueKeys: boolean
}

// The two longest lists of a profile: 50,000 events took half of the whole file's validation.
const checkedLists: readonly CheckedList[] = [
  { field: 'activity', isCertainlyValid: isCertainlyValidEvent, uniqueKeys: false },
  { field: 'progress', isCertainlyValid: isCertainlyValidRecord, uniqueKeys: true },
]

/** A list split into the records vouched for (by index) and those left to the schema. */
interface Split {
  field: string
  list: readonly unknown[]
  /** Whether each record was vouched for; the others go through the schema, in order. */
  vouched: boolean[]
}

/**
 * `schema.safeParse(data)` for a whole data file, with the same answer and the same data, at
 * about half the cost. Parsing every record of the activity log through zod was the costliest
 * step of starting the app; records a hand-written check vouches for (the app's own, as it
 * wrote them) are set aside, the rest of the file goes through `schema` with only the records
 * the check was unsure of, and the vouched-for records are put back in their places.
 *
 * Only `success` (and `data`) mean the same as zod's answer: when the file is refused, the
 * issues name places in what the schema was given. Callers only need to know whether it is
 * usable; the store's data file is refused whole, never repaired issue by issue.
 */
export function safeParseDb(
  schema: z.ZodType<Db>,
  data: Record<string, unknown>,
): { success: true; data: Db } | { success: false } {
  const splits: Split[] = []
  const rest: Record<string, unknown> = { ...data }
  for (const checked of checkedLists) {
    const split = splitList(data[checked.field], checked)
    if (split === null) continue
    splits.push(split)
    rest[checked.field] = split.list.filter((_, index) => !split.vouched[index])
  }
  const result = schema.safeParse(rest)
  if (!result.success) return { success: false }
  const db = result.data as Db & Record<string, unknown[]>
  for (const { field, list, vouched } of splits) {
    const parsed = db[field] as unknown[]
    let next = 0
    // Indexed, not mapped: a list of 50,000 records is put back without a closure per record.
    const whole: unknown[] = new Array<unknown>(list.length)
    for (let index = 0; index < list.length; index++) {
      whole[index] = vouched[index] ? list[index] : parsed[next++]
    }
    db[field] = whole
  }
  return { success: true, data: db }
}

/**
 * Which records of `value` the check vouches for; null when it is not a plain list, or when
 * it breaks the list's own rule (then the schema decides on the whole list, and refuses it).
 */
function splitList(value: unknown, checked: CheckedList): Split | null {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return null
  const list = value as unknown[]
  const vouched: boolean[] = new Array<boolean>(list.length)
  // Holes read as undefined, which no check vouches for.
  for (let index = 0; index < list.length; index++) {
    vouched[index] = checked.isCertainlyValid(list[index])
  }
  if (checked.uniqueKeys && !keysAreUnique(list)) return null
  return { field: checked.field, list, vouched }
}

function keysAreUnique(list: readonly unknown[]): boolean {
  const seen = new Set<unknown>()
  for (const record of list) {
    const key =
      typeof record === 'object' && record !== null ? (record as { key?: unknown }).key : record
    if (seen.has(key)) return false
    seen.add(key)
  }
  return true
}
