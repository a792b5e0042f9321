import type { Entity } from './entity'
import { escapeRegex } from './escape-regex'
import { SpellingIndex } from './spelling-index'

/** A found mention of an entity inside a text. */
export interface EntityMention {
  entityId: string
  start: number
  end: number
}

/** A mention found by spelling number `order` (the order of the taxonomy's spellings). */
export interface Candidate extends EntityMention {
  order: number
}

interface Pattern {
  entityId: string
  order: number
  regex: RegExp
}

const SHORT_ALIAS_LENGTH = 3

/** Short spellings ("R", "SQL") match only as written, and never as a plural. */
function isShortSpelling(spelling: string): boolean {
  return spelling.length <= SHORT_ALIAS_LENGTH
}

/**
 * The pattern a spelling is found by: its text, "+" and "#" counting as word characters so
 * that "C" never matches inside "C++" or "C#". Plurals ("data pipelines") count as mentions;
 * for short aliases they would cause false hits, so those are also matched case-sensitively.
 * The spelling index finds exactly what these find, faster; it leaves only spellings with
 * characters outside ASCII to them.
 */
export function spellingPattern(spelling: string): RegExp {
  const isShort = isShortSpelling(spelling)
  const plural = isShort ? '' : '(?:s|es)?'
  const source = `(?<![\\p{L}\\p{N}+#])${escapeRegex(spelling)}${plural}(?![\\p{L}\\p{N}+#])`
  return new RegExp(source, isShort ? 'gu' : 'giu')
}

/** Whether any character from `start` to `end` is claimed (a loop: a view per check cost more). */
function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (claimed[at] === 1) return true
  return false
}

/**
 * Finds entity mentions in free text. Built once per taxonomy, then reused for every text.
 * Where spellings overlap ("Google Cloud Platform" and "Google Cloud"), the longest wins.
 */
export class EntityLinker {
  readonly #index = new SpellingIndex()
  readonly #patterns: Pattern[] = []

  constructor(entities: readonly Entity[]) {
    let order = 0
    for (const entity of entities) {
      for (const spelling of [entity.name, ...entity.aliases]) {
        if (!this.#index.add(entity.id, spelling, { order, short: isShortSpelling(spelling) })) {
          this.#patterns.push({ entityId: entity.id, order, regex: spellingPattern(spelling) })
        }
        order++
      }
    }
  }

  /** Every non-overlapping mention, in text order. */
  mentions(text: string): EntityMention[] {
    const candidates = this.#index.find(text)
    for (const { entityId, order, regex } of this.#patterns) {
      regex.lastIndex = 0
      for (const match of text.matchAll(regex)) {
        candidates.push({ entityId, order, start: match.index, end: match.index + match[0].length })
      }
    }
    // Longest first; of two as long, the earlier; of two at the same place, the spelling
    // that comes first in the taxonomy.
    candidates.sort(
      (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
    )
    // Marks the characters already claimed by a longer mention, so each overlap check costs
    // the candidate's length rather than a scan of every mention chosen so far.
    const claimed = new Uint8Array(text.length)
    const chosen: EntityMention[] = []
    for (const { entityId, start, end } of candidates) {
      if (isClaimed(claimed, start, end)) continue
      claimed.fill(1, start, end)
      chosen.push({ entityId, start, end })
    }
    return chosen.sort((a, b) => a.start - b.start)
  }

  /** The distinct entity ids named in a text, in order of first mention. */
  link(text: string): string[] {
    return [...new Set(this.mentions(text).map((m) => m.entityId))]
  }
}
