/** The most words of a text an item id is made from, so ids stay short. */
const SLUG_MAX_WORDS = 6

/**
 * A lower-case, hyphen-joined id from the first `maxWords` words of a text ("Data Manager"
 * → "data-manager"); `fallback` when the text has no letters or digits at all.
 */
export function slugify(text: string, fallback: string, maxWords = SLUG_MAX_WORDS): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
  return words.length > 0 ? words.join('-') : fallback
}

/** `base`, or `base-2`, `base-3`… whichever is not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n += 1
  return `${base}-${n}`
}
