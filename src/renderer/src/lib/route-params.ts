/** How route values are written in the URL's query, and read back from text a user may have edited. */

import type { LibraryQuery } from '@shared/domain/library'

const LIST_SEPARATOR = ','

/** A list from the URL ("a,b"); empty parts are dropped. */
export function listParam(value: string | null): string[] {
  return value ? value.split(LIST_SEPARATOR).filter((part) => part.length > 0) : []
}

/** A list as the URL writes it: the inverse of `listParam`. */
export function listText(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR)
}

/** A flag as the URL writes it: present when set, absent otherwise. */
export const on = (flag: boolean): string | undefined => (flag ? '1' : undefined)

/** A threshold from the URL; a hand-edited value that is not a number filters nothing. */
export function numberParam(value: string | null): number | undefined {
  const threshold = value === null || value === '' ? NaN : Number(value)
  return Number.isFinite(threshold) ? threshold : undefined
}

/** The library's order from the URL; absent (by name) for anything it does not know. */
export function sortParam(value: string | null): LibraryQuery['sort'] {
  return value === 'growth' || value === 'salary' || value === 'fit' ? value : undefined
}
