import type { Entity } from './entity'
import { escapeRegex } from './escape-regex'

/** A found mention of an entity inside a text. */
export interface EntityMention {
  entityId: string
  start: number
  end: number
}

interface Pattern {
  entityId: string
  regex: RegExp
}

const SHORT_ALIAS_LENGTH = 3

function patternFor(entityId: string, spelling: string): Pattern {
  const isShort = spelling.length <= SHORT_ALIAS_LENGTH
  // Plurals ("data pipelines") count as mentions; for short aliases they would cause false hits.
  const plural = isShort ? '' : '(?:s|es)?'
  // "+" and "#" count as word characters so that "C" never matches inside "C++" or "C#".
  const source = `(?<![\\p{L}\\p{N}+#])${escapeRegex(spelling)}${plural}(?![\\p{L}\\p{N}+#])`
  return { entityId, regex: new RegExp(source, isShort ? 'gu' : 'giu') }
}

/**
 * Finds entity mentions in free text. Built once per taxonomy, then reused for every text.
 * Where spellings overlap ("Google Cloud Platform" and "Google Cloud"), the longest wins.
 */
export class EntityLinker {
  readonly #patterns: Pattern[]

  constructor(entities: readonly Entity[]) {
    this.#patterns = entities.flatMap((entity) =>
      [entity.name, ...entity.aliases].map((spelling) => patternFor(entity.id, spelling)),
    )
  }

  /** Every non-overlapping mention, in text order. */
  mentions(text: string): EntityMention[] {
    const candidates: EntityMention[] = []
    for (const { entityId, regex } of this.#patterns) {
      regex.lastIndex = 0
      for (const match of text.matchAll(regex)) {
        candidates.push({ entityId, start: match.index, end: match.index + match[0].length })
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    // Marks the characters already claimed by a longer mention, so each overlap check costs
    // the candidate's length rather than a scan of every mention chosen so far.
    const claimed = new Uint8Array(text.length)
    const chosen: EntityMention[] = []
    for (const candidate of candidates) {
      if (claimed.subarray(candidate.start, candidate.end).includes(1)) continue
      claimed.fill(1, candidate.start, candidate.end)
      chosen.push(candidate)
    }
    return chosen.sort((a, b) => a.start - b.start)
  }

  /** The distinct entity ids named in a text, in order of first mention. */
  link(text: string): string[] {
    return [...new Set(this.mentions(text).map((m) => m.entityId))]
  }
}
