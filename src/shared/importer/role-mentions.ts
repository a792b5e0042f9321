import { escapeRegex } from '../domain/escape-regex'

/** A role name found in a line of the article. */
export interface RoleMention {
  roleIndex: 0 | 1
  start: number
  end: number
}

/** Lower-case word stems: "Managers" and "manager" both give "manager". */
export function wordStems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []).map((word) =>
    word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
  )
}

/**
 * Finds the two roles of an article in its text: whole names in any case, plural or
 * possessive ("Data Managers", "an AI Programmer's"). Where one name holds the other
 * ("Machine Learning Engineer" in "Lead Machine Learning Engineer"), the longer wins.
 */
export class RoleNames {
  readonly names: [string, string]
  readonly #patterns: { roleIndex: 0 | 1; regex: RegExp; firstWord: string }[]
  readonly #stems: [string[], string[]]

  constructor(names: [string, string]) {
    this.names = names
    this.#stems = [wordStems(names[0]), wordStems(names[1])]
    this.#patterns = ([0, 1] as const)
      .map((roleIndex) => {
        const words = names[roleIndex].split(/\s+/)
        const source = `(?<![\\p{L}\\p{N}])${words.map(escapeRegex).join('\\s+')}(?:s|es|'s|’s|s'|s’)?(?![\\p{L}\\p{N}])`
        const firstWord = (words[0] ?? '').toLowerCase()
        return {
          roleIndex,
          regex: new RegExp(source, 'giu'),
          firstWord,
          length: names[roleIndex].length,
        }
      })
      .sort((a, b) => b.length - a.length)
  }

  /** Every non-overlapping mention of either role, in text order. */
  mentions(text: string): RoleMention[] {
    const found: RoleMention[] = []
    const lower = text.toLowerCase()
    for (const { roleIndex, regex, firstWord } of this.#patterns) {
      // A plain search rules out most lines before the pattern runs.
      if (!lower.includes(firstWord)) continue
      for (const match of text.matchAll(regex)) {
        const start = match.index
        const end = start + match[0].length
        if (!found.some((m) => start < m.end && m.start < end))
          found.push({ roleIndex, start, end })
      }
    }
    return found.sort((a, b) => a.start - b.start)
  }

  /** The distinct roles a text names, in order of first mention. */
  rolesIn(text: string): (0 | 1)[] {
    return [...new Set(this.mentions(text).map((m) => m.roleIndex))]
  }

  /** The text with every role name taken out, for reading what else a heading says. */
  without(text: string, mentions = this.mentions(text)): string {
    let rest = ''
    let from = 0
    for (const mention of mentions) {
      rest += `${text.slice(from, mention.start)} `
      from = mention.end
    }
    return rest + text.slice(from)
  }

  /**
   * The role a heading names loosely ("Data Ops Specialist" for "Data Operations
   * Specialist"): most shared word stems, a stem counting when one is a prefix of the other;
   * null when neither role shares half its words or both share as many.
   */
  closestRole(words: readonly string[]): 0 | 1 | null {
    if (words.length === 0) return null
    const scores = ([0, 1] as const).map((roleIndex) => {
      const roleWords = this.#stems[roleIndex]
      const shared = roleWords.filter((roleWord) =>
        words.some(
          (word) =>
            word === roleWord ||
            (Math.min(word.length, roleWord.length) >= 3 &&
              (word.startsWith(roleWord) || roleWord.startsWith(word))),
        ),
      ).length
      return shared / (roleWords.length + words.length - shared)
    })
    const [first = 0, second = 0] = scores
    if (Math.max(first, second) < 0.5 || first === second) return null
    return first > second ? 0 : 1
  }
}
