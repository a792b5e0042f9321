import type { Candidate } from './entity-linker'

/**
 * Finds the taxonomy's ASCII spellings in a text in one pass over it, finding exactly what
 * their patterns (`spellingPattern`) find with `matchAll`. Running each of some 500 patterns
 * over a 2 MB article took most of a second; this looks up, at each place a word can start,
 * only the spellings that begin with the two characters found there.
 *
 * Why it finds the same: a pattern with the `i` and `u` flags matches a character when both
 * have the same simple case folding. For an ASCII spelling character that is the same letter
 * in either case, plus the Kelvin sign for "k" and the long s for "s" (no other character
 * folds into ASCII; a test goes through every code point), which {@link fold} maps. The
 * lookbehind and lookahead read a whole code point, as {@link isWordChar} does, by the same
 * character class with the same flags.
 */

interface Spelling {
  entityId: string
  /** Where the linker has it among the taxonomy's spellings. */
  order: number
  /** Its own number here, for where its last mention ended. */
  slot: number
  /** As written (short spellings), or with ASCII letters in lower case. */
  text: string
  /** Short spellings match only as written, and never as a plural. */
  short: boolean
}

/** "+" and "#" count as word characters, so that "C" never matches inside "C++" or "C#". */
const WORD_CHAR = /^[\p{L}\p{N}+#]$/u
const WORD_CHAR_ANY_CASE = /^[\p{L}\p{N}+#]$/iu
const wordChars = new Map<number, boolean>()
const wordCharsAnyCase = new Map<number, boolean>()

const KELVIN_SIGN = 0x212a
const LONG_S = 0x17f
const LOWER_K = 0x6b
const LOWER_S = 0x73
const LOWER_E = 0x65

/** The character a case-insensitive ASCII spelling compares a text's character with. */
function fold(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20
  if (code === KELVIN_SIGN) return LOWER_K
  if (code === LONG_S) return LOWER_S
  return code
}

function isAsciiWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2b ||
    code === 0x23
  )
}

/** Whether the code point counts as part of a word, as the patterns' class reads it. */
export function isWordChar(codePoint: number, anyCase: boolean): boolean {
  if (codePoint < 0x80) return isAsciiWordChar(codePoint)
  const known = anyCase ? wordCharsAnyCase : wordChars
  let word = known.get(codePoint)
  if (word === undefined) {
    word = (anyCase ? WORD_CHAR_ANY_CASE : WORD_CHAR).test(String.fromCodePoint(codePoint))
    known.set(codePoint, word)
  }
  return word
}

/** The code point that ends just before `at`, as a lookbehind in `u` mode reads it. */
function codePointBefore(text: string, at: number): number {
  const last = text.charCodeAt(at - 1)
  if (last >= 0xdc00 && last <= 0xdfff && at >= 2) {
    const first = text.charCodeAt(at - 2)
    if (first >= 0xd800 && first <= 0xdbff) return text.codePointAt(at - 2) ?? last
  }
  return last
}

/** Whether no word character follows at `at` (the patterns' lookahead). */
function wordEndsAt(text: string, at: number, anyCase: boolean): boolean {
  return at >= text.length || !isWordChar(text.codePointAt(at) ?? 0, anyCase)
}

/**
 * Where the spellings starting with the given (ASCII) characters are listed: by the first
 * alone for one-character spellings, else by the first two. A small whole number, so the
 * lists are an array's entries rather than a map's.
 */
function slotOf(first: number, second: number | null): number {
  return second === null ? first : 0x80 + first * 0x80 + second
}

const SLOTS = 0x80 + 0x80 * 0x80

/** A spelling the index takes: not empty, every character printable ASCII. */
function isAsciiSpelling(spelling: string): boolean {
  if (spelling.length === 0) return false
  for (let index = 0; index < spelling.length; index++) {
    const code = spelling.charCodeAt(index)
    if (code < 0x20 || code > 0x7e) return false
  }
  return true
}

export class SpellingIndex {
  /** Spellings that must match as written, and those that ignore case, by {@link slotOf}. */
  readonly #exact = new Array<Spelling[] | undefined>(SLOTS)
  readonly #anyCase = new Array<Spelling[] | undefined>(SLOTS)
  /** The characters a spelling can start with, as text holds them. */
  readonly #starts = new Uint8Array(0x10000)
  #count = 0

  /**
   * Adds a spelling; false when it is empty or has characters outside printable ASCII, which
   * the caller then finds with its pattern. `short` as `spellingPattern` has it.
   */
  add(entityId: string, spelling: string, options: { order: number; short: boolean }): boolean {
    if (!isAsciiSpelling(spelling)) return false
    const { order, short } = options
    const text = short ? spelling : spelling.toLowerCase()
    const entry: Spelling = { entityId, order, slot: this.#count++, text, short }
    const first = text.charCodeAt(0)
    const second = text.length > 1 ? text.charCodeAt(1) : null
    const lists = short ? this.#exact : this.#anyCase
    const slot = slotOf(first, second)
    const list = lists[slot]
    if (list) list.push(entry)
    else lists[slot] = [entry]
    // Every character that folds to the first (see fold), for spellings that ignore case.
    this.#starts[first] = 1
    if (!short && first >= 0x61 && first <= 0x7a) this.#starts[first - 0x20] = 1
    if (!short && first === LOWER_K) this.#starts[KELVIN_SIGN] = 1
    if (!short && first === LOWER_S) this.#starts[LONG_S] = 1
    return true
  }

  /** Every match of every spelling, as `matchAll` of each spelling's pattern gives them. */
  find(text: string): Candidate[] {
    const found: Candidate[] = []
    // Where each spelling's last match ended: `matchAll` looks for the next one from there.
    const lastEnd = new Int32Array(this.#count)
    const length = text.length
    for (let at = 0; at < length; at++) {
      const code = text.charCodeAt(at)
      if (this.#starts[code] === 0) continue
      const before = at === 0 ? -1 : codePointBefore(text, at)
      const exact = before === -1 || !isWordChar(before, false)
      const anyCase = before === -1 || !isWordChar(before, true)
      if (!exact && !anyCase) continue
      // Only ASCII characters (and the two that fold into it) begin a spelling here.
      const next = at + 1 < length ? text.charCodeAt(at + 1) : 0xffff
      if (exact && code < 0x80) {
        this.#look(text, at, this.#exact[slotOf(code, null)], lastEnd, found)
        if (next < 0x80) this.#look(text, at, this.#exact[slotOf(code, next)], lastEnd, found)
      }
      const folded = fold(code)
      if (anyCase && folded < 0x80) {
        this.#look(text, at, this.#anyCase[slotOf(folded, null)], lastEnd, found)
        const foldedNext = fold(next)
        if (foldedNext < 0x80) {
          this.#look(text, at, this.#anyCase[slotOf(folded, foldedNext)], lastEnd, found)
        }
      }
    }
    return found
  }

  /** Adds the matches at `at` of the spellings listed. */
  #look(
    text: string,
    at: number,
    spellings: readonly Spelling[] | undefined,
    lastEnd: Int32Array,
    found: Candidate[],
  ): void {
    if (!spellings) return
    for (const spelling of spellings) {
      if (at < (lastEnd[spelling.slot] ?? 0)) continue
      const end = this.#endOf(text, at, spelling)
      if (end < 0) continue
      lastEnd[spelling.slot] = end
      found.push({ entityId: spelling.entityId, order: spelling.order, start: at, end })
    }
  }

  /** Where the spelling's match starting at `at` ends, or -1 when it does not match there. */
  #endOf(text: string, at: number, spelling: Spelling): number {
    const { text: spelled, short } = spelling
    const end = at + spelled.length
    if (end > text.length) return -1
    for (let offset = 0; offset < spelled.length; offset++) {
      const code = text.charCodeAt(at + offset)
      if ((short ? code : fold(code)) !== spelled.charCodeAt(offset)) return -1
    }
    if (short) return wordEndsAt(text, end, false) ? end : -1
    // `(?:s|es)?` tries "s", then "es", then nothing, each only if a word ends after it.
    const after = fold(text.charCodeAt(end))
    if (after === LOWER_S && wordEndsAt(text, end + 1, true)) return end + 1
    if (after === LOWER_E && fold(text.charCodeAt(end + 1)) === LOWER_S) {
      if (wordEndsAt(text, end + 2, true)) return end + 2
    }
    return wordEndsAt(text, end, true) ? end : -1
  }
}
