import type { z } from 'zod'

/** A record that names itself by a `key`. */
interface Keyed {
  key: string
}

/** List schemas whose only rule of their own is {@link uniqueKeys}'s. */
const uniqueKeyLists = new WeakSet<z.ZodType>()

/**
 * `list` with the rule that no two of its records share a `key`, reported at the later record
 * with `message`. A change to a few records is checked against the rest of the list by
 * {@link changedKeysAreUnique} instead of indexing every key again.
 */
export function uniqueKeys<T extends Keyed>(
  list: z.ZodArray<z.ZodType<T>>,
  message: string,
): z.ZodArray<z.ZodType<T>> {
  const otherRules = (list.def.checks ?? []).length > 0
  const ruled = list.superRefine((records, ctx) => {
    const seen = new Set<string>()
    for (let index = 0; index < records.length; index++) {
      const key = (records[index] as T).key
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message })
      seen.add(key)
    }
  })
  // A list with rules besides this one has them checked in full on every change.
  if (!otherRules) uniqueKeyLists.add(ruled)
  return ruled
}

/**
 * True when `schema`'s only rule is unique keys and none of the records at `changed` shares
 * its key with another record of `records`; false means the full rule must decide. Searching
 * the list once per changed record costs far less than a set of thousands of keys when a
 * change touches a few records, as a tick does.
 */
export function changedKeysAreUnique(
  schema: z.ZodType,
  records: readonly unknown[],
  changed: readonly number[],
): boolean {
  if (!uniqueKeyLists.has(schema)) return false
  return changed.every((index) => {
    const { key } = records[index] as Keyed
    return records.every((record, other) => other === index || (record as Keyed).key !== key)
  })
}

/**
 * True when `schema`'s only rule is unique keys and no two of `records` share a key; false
 * means the full rule must decide (and say where). The rule's answer for a list that changed
 * in many places, without running the list through zod first: that walked all of a first
 * sync's 10,000 progress records once more before the rule's own walk.
 */
export function allKeysAreUnique(schema: z.ZodType, records: readonly unknown[]): boolean {
  if (!uniqueKeyLists.has(schema)) return false
  const seen = new Set<string>()
  for (const record of records) {
    // One look-up a record: a key seen before leaves the set as large as it was.
    const size = seen.size
    if (seen.add((record as Keyed).key).size === size) return false
  }
  return true
}
