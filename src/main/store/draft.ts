import { appendOnlyDraft } from './append-only'

/**
 * The draft an update mutates: a new top-level object whose lists and objects are new shallow
 * copies, holding the current (frozen) records. Copying 50,000 references costs far less than
 * cloning 50,000 records, and a record the update did not replace stays the very same object,
 * which is how {@link validateChange} knows it is already valid. A list named in
 * `appendOnlyKeys` (the activity log) is not copied at all: its draft takes pushes only (see
 * {@link appendOnlyDraft}), so a tick costs nothing per event already logged.
 *
 * So an update may push, remove, reorder or replace records, and set top-level fields and the
 * fields of a top-level object (`settings`), but a record is changed by replacing it
 * (`list[i] = { ...list[i], title }`): editing one in place throws a TypeError, as it is frozen.
 */
export function draftOf<T extends object>(data: T, appendOnlyKeys: ReadonlySet<string>): T {
  const draft = { ...data }
  for (const key of Object.keys(draft) as (keyof T & string)[]) {
    const value = draft[key]
    if (Array.isArray(value)) {
      draft[key] = (appendOnlyKeys.has(key) ? appendOnlyDraft(value) : [...value]) as T[typeof key]
    } else if (typeof value === 'object' && value !== null) {
      draft[key] = { ...value } as T[typeof key]
    }
  }
  return draft
}
