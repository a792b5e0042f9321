// Near-duplicate detection for imported items. Articles of the same family restate the same
// fact with small changes ("Proficiency in SQL." / "Proficient in SQL"), so an exact match
// would double items on every merge; a looser one would swallow real differences.

/** Words that carry no meaning of their own when comparing two items. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'be',
  'by',
  'for',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'such',
  'the',
  'their',
  'to',
  'with',
])

/** The share of shared words above which two items say the same thing. */
const NEAR_DUPLICATE_SIMILARITY = 0.8

/** Lower case, accents and punctuation removed, whitespace collapsed: "Python, SQL!" → "python sql". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()
}

// A plural or a verb form should not make two items look different ("pipelines" / "pipeline").
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

function meaningfulWords(text: string): Set<string> {
  const words = normaliseText(text)
    .split(' ')
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
  return new Set(words.map(stem))
}

/** Dice similarity of the two texts' meaningful words, from 0 (nothing shared) to 1. */
export function wordSimilarity(a: string, b: string): number {
  const left = meaningfulWords(a)
  const right = meaningfulWords(b)
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared += 1
  return (2 * shared) / (left.size + right.size)
}

/** An item as the duplicate check sees it: its text and, for "Key: description" items, the key. */
export interface MatchableItem {
  text: string
  key?: string | undefined
}

/**
 * True when two items of the same section say the same thing: the same text once case and
 * punctuation are ignored, the same key ("Model Development: …"), or at least
 * {@link NEAR_DUPLICATE_SIMILARITY} of their meaningful words in common.
 */
export function isNearDuplicate(a: MatchableItem, b: MatchableItem): boolean {
  if (normaliseText(a.text) === normaliseText(b.text)) return true
  if (a.key !== undefined && b.key !== undefined && normaliseText(a.key) === normaliseText(b.key)) {
    return true
  }
  return wordSimilarity(a.text, b.text) >= NEAR_DUPLICATE_SIMILARITY
}
