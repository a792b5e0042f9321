// Near-duplicate detection for merged items. Articles of one family restate the same fact in
// other words ("Strong coding ability in Python, Java or C++" / "Strong programming skills in
// languages such as Python, Java, or C++"), so the check weighs the entities both items link
// to as well as their words, and trusts a shared "Key:" label. Each item is read once into
// its features; an index finds the few existing items worth comparing, so a merge stays
// linear in the number of items however long the article.
import { normaliseText } from './text-match'

/** An item as the matcher reads it: its text ("Key: description" or plain) and its entities. */
export interface MatchableItem {
  text: string
  entityIds: readonly string[]
}

/** How an incoming item relates to an existing one. */
export type MatchVerdict = 'same' | 'near' | 'different'

/** The existing item an incoming one matches best, and how well. */
export interface ItemMatch {
  index: number
  verdict: Exclude<MatchVerdict, 'different'>
  score: number
}

/** An item read once: what every comparison needs, normalised. */
export interface ItemFeatures {
  text: string
  key: string | null
  /** Sorted word stems and entities: the same words in any order give the same signature. */
  signature: string
  words: ReadonlySet<string>
  entities: ReadonlySet<string>
  /** Words and entities as index terms ("w:python", "e:python"). */
  terms: readonly string[]
}

/** What the score of two items that each link an entity the other lacks is multiplied by. */
const CONFLICTING_ENTITIES = 0.6

/** From this score up, two items say the same thing. */
const SAME_SCORE = 0.55
/** From this score up (and below {@link SAME_SCORE}), the user decides. */
const NEAR_SCORE = 0.35
/**
 * From this score up, an item comes near one written from the same article: the article was
 * already merged, so a loose likeness there is more likely a rewording than a new item.
 */
export const RELATED_SCORE = 0.2

// Words that say nothing about what an item is: grammar, and the qualifiers every skills list
// puts in front of its subject ("strong", "proficiency in", "familiarity with").
const STOP_WORDS = new Set(
  (
    'a an and are as at be by can e eg etc for from g i ie in into is it its like of on or ' +
    'other others such than that the their them these they this those to via well what which ' +
    'who will with within your you ability abilities able solid strong good excellent ' +
    'proficiency proficient knowledge knowledgeable understanding familiarity familiar ' +
    'experience experienced expertise command grounding fluency fluent sound deep skill ' +
    'skills related various including include includes especially also both using use'
  ).split(' '),
)

// Words that name one thing in two ways; each maps to the stem it stands for.
const SYNONYMS = new Map([
  ['coding', 'program'],
  ['code', 'program'],
  ['programming', 'program'],
  ['programmer', 'program'],
  ['develop', 'build'],
  ['development', 'build'],
  ['developing', 'build'],
  ['create', 'build'],
  ['creating', 'build'],
  ['implement', 'build'],
  ['implementing', 'build'],
  ['ml', 'machine learning'],
  ['ai', 'artificial intelligence'],
  ['degree', 'degree'],
  ['bachelor', 'degree'],
  ['master', 'degree'],
])

const KEYED = /^([^:]{1,60}):\s+(\S.*)$/s
/** Stems are cut to this length, so "analysis" and "analyst", "design" and "designing" agree. */
const STEM_LENGTH = 6

function stem(word: string): string {
  let base = word
  if (base.length > 5 && base.endsWith('ing')) base = base.slice(0, -3)
  else if (base.length > 4 && base.endsWith('ies')) base = `${base.slice(0, -3)}y`
  else if (base.length > 4 && base.endsWith('ed')) base = base.slice(0, -2)
  else if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss')) base = base.slice(0, -1)
  return base.slice(0, STEM_LENGTH)
}

// The words each entity id stands for, worked out once per id.
const entityWords = new Map<string, readonly string[]>()

function wordsOfEntity(id: string): readonly string[] {
  let words = entityWords.get(id)
  if (!words) {
    words = [...wordsOf(id)]
    entityWords.set(id, words)
  }
  return words
}

function wordsOf(text: string): Set<string> {
  return wordsOfNormalised(normaliseText(text))
}

function wordsOfNormalised(normalised: string): Set<string> {
  const words = new Set<string>()
  for (const raw of normalised.split(' ')) {
    if (raw === '' || STOP_WORDS.has(raw)) continue
    for (const word of (SYNONYMS.get(raw) ?? raw).split(' ')) words.add(stem(word))
  }
  return words
}

/** Reads an item once into what the matcher compares. */
export function itemFeatures(item: MatchableItem): ItemFeatures {
  const keyed = KEYED.exec(item.text)
  const key = keyed ? normaliseText(keyed[1] ?? '') : null
  const text = normaliseText(keyed ? (keyed[2] ?? item.text) : item.text)
  // The key is part of what the item says ("A positive outlook: demand grows").
  const words = wordsOfNormalised(key ? `${key} ${text}` : text)
  // A linked entity already stands for the words that name it ("machine-learning"): counting
  // them again would let one shared entity outweigh everything else the items say.
  for (const entity of item.entityIds) for (const word of wordsOfEntity(entity)) words.delete(word)
  const entities = new Set(item.entityIds)
  const terms = [...[...words].map((word) => `w:${word}`), ...[...entities].map((id) => `e:${id}`)]
  return {
    text,
    key: key === '' ? null : key,
    signature: [...terms].sort().join(' '),
    words,
    entities,
    terms,
  }
}

/**
 * How alike two items are, from 0 to 1: the share of their terms in common, a term being a
 * meaningful word or a linked entity. Two items that each link an entity the other lacks
 * speak of different things and score lower.
 */
function itemSimilarity(a: ItemFeatures, b: ItemFeatures): number {
  const total = a.words.size + a.entities.size + b.words.size + b.entities.size
  if (total === 0) return 0
  let shared = 0
  for (const word of a.words) if (b.words.has(word)) shared += 1
  let sharedEntities = 0
  for (const entity of a.entities) if (b.entities.has(entity)) sharedEntities += 1
  const score = (2 * (shared + sharedEntities)) / total
  // Each naming something the other does not: "Python for analysis" / "R for analysis".
  const conflicting = a.entities.size > sharedEntities && b.entities.size > sharedEntities
  return conflicting ? score * CONFLICTING_ENTITIES : score
}

function isBareLabelOf(label: ItemFeatures, other: ItemFeatures): boolean {
  if (label.words.size > 0 || label.entities.size === 0) return false
  for (const entity of label.entities) if (!other.entities.has(entity)) return false
  return true
}

/** The verdict for two items: same text, same key, or how alike they score. */
export function compareItems(
  a: ItemFeatures,
  b: ItemFeatures,
  nearFrom = NEAR_SCORE,
): { verdict: MatchVerdict; score: number } {
  if (a.text === b.text || (a.signature !== '' && a.signature === b.signature)) {
    return { verdict: 'same', score: 1 }
  }
  if (a.key !== null && a.key === b.key) return { verdict: 'same', score: 1 }
  // A bare label ("Healthcare", "Good communication skills") names only entities the other
  // item also links: it says nothing the other does not.
  if (isBareLabelOf(a, b) || isBareLabelOf(b, a)) return { verdict: 'same', score: 0.9 }
  const score = itemSimilarity(a, b)
  const verdict = score >= SAME_SCORE ? 'same' : score >= nearFrom ? 'near' : 'different'
  return { verdict, score }
}

/** A word or entity listed by more items than this tells too little to look items up by. */
const MAX_POSTINGS = 64
/** At most this many candidates, those sharing the most words and entities, are scored. */
const MAX_CANDIDATES = 24

/**
 * The items of one section, indexed by normalised text, word signature, key, and by each word
 * and entity, so that matching an incoming item costs about the same at 10 items or 50,000.
 */
export class ItemIndex {
  readonly #features: ItemFeatures[] = []
  readonly #texts = new Map<string, number>()
  readonly #signatures = new Map<string, number>()
  readonly #keys = new Map<string, number>()
  readonly #postings = new Map<string, number[]>()

  /** Adds an item; returns its index. */
  add(item: MatchableItem | ItemFeatures): number {
    const features = 'signature' in item ? item : itemFeatures(item)
    const index = this.#features.length
    this.#features.push(features)
    if (!this.#texts.has(features.text)) this.#texts.set(features.text, index)
    if (features.signature !== '' && !this.#signatures.has(features.signature)) {
      this.#signatures.set(features.signature, index)
    }
    if (features.key !== null && !this.#keys.has(features.key)) this.#keys.set(features.key, index)
    for (const term of features.terms) {
      const list = this.#postings.get(term)
      if (!list) this.#postings.set(term, [index])
      else if (list.length <= MAX_POSTINGS) list.push(index)
    }
    return index
  }

  /**
   * The existing item an incoming one repeats (`same`) or may repeat (`near`), the best
   * scoring one; null when it is new. `nearFrom` is the lowest score that counts as near.
   */
  bestMatch(item: ItemFeatures, nearFrom = NEAR_SCORE): ItemMatch | null {
    const exact = this.#texts.get(item.text) ?? this.#signatures.get(item.signature)
    if (exact !== undefined) return { index: exact, verdict: 'same', score: 1 }
    const keyed = item.key === null ? undefined : this.#keys.get(item.key)
    if (keyed !== undefined) return { index: keyed, verdict: 'same', score: 1 }
    let best: ItemMatch | null = null
    for (const index of this.#candidates(item, nearFrom)) {
      const other = this.#features[index]
      if (!other) continue
      const { verdict, score } = compareItems(item, other, nearFrom)
      if (verdict !== 'different' && (!best || score > best.score)) best = { index, verdict, score }
    }
    return best
  }

  /**
   * Items sharing enough terms with `item` to reach `nearFrom`: with A terms of its own and s
   * shared, the score 2s / (A + B) with B ≥ s cannot reach it below s = nearFrom·A / (2 −
   * nearFrom). A bare label shares all its terms, so it is never left out.
   */
  #candidates(item: ItemFeatures, nearFrom: number): number[] {
    const least = Math.max(1, Math.ceil((nearFrom * item.terms.length) / (2 - nearFrom) - 1e-9))
    const shared = new Map<number, number>()
    for (const term of item.terms) {
      const list = this.#postings.get(term)
      // A term nearly every item has (a long list) cannot tell items apart.
      if (!list || list.length > MAX_POSTINGS) continue
      for (const index of list) shared.set(index, (shared.get(index) ?? 0) + 1)
    }
    const candidates: [number, number][] = []
    for (const entry of shared) if (entry[1] >= least) candidates.push(entry)
    if (candidates.length > MAX_CANDIDATES) {
      candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0])
      candidates.length = MAX_CANDIDATES
    }
    return candidates.map(([index]) => index)
  }
}
