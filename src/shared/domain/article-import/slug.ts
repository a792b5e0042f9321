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

/**
 * Hands out ids unique among `taken` and each other, like {@link uniqueId}, but remembers
 * where each base's numbering stands, so 50,000 items whose texts start alike cost 50,000
 * steps rather than their square.
 */
export class UniqueIds {
  readonly #taken: Set<string>
  readonly #nextNumber = new Map<string, number>()

  constructor(taken: Iterable<string> = []) {
    this.#taken = new Set(taken)
  }

  /** Whether an id is already handed out or was taken to begin with. */
  has(id: string): boolean {
    return this.#taken.has(id)
  }

  /** Marks an id as taken without handing it out. */
  take(id: string): void {
    this.#taken.add(id)
  }

  /** `base`, or the first free `base-n`. */
  next(base: string): string {
    let id = base
    if (this.#taken.has(base)) {
      let n = this.#nextNumber.get(base) ?? 2
      while (this.#taken.has(`${base}-${n}`)) n += 1
      this.#nextNumber.set(base, n + 1)
      id = `${base}-${n}`
    }
    this.#taken.add(id)
    return id
  }
}
