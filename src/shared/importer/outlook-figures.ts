import type { OutlookSentence } from './collect-sections'
import type { RoleNames } from './role-mentions'
import type { ParsedOutlookFigure } from './types'

const SOURCES: readonly [RegExp, string][] = [
  [/\b(?:U\.?S\.? )?Bureau of Labor Statistics\b|\bBLS\b/, 'U.S. Bureau of Labor Statistics'],
  [/\bGlassdoor\b/, 'Glassdoor'],
  [/\bIndeed\b/, 'Indeed'],
  [/\bPayScale\b/i, 'PayScale'],
  [/\bZipRecruiter\b/i, 'ZipRecruiter'],
  [/\bLinkedIn\b/, 'LinkedIn'],
  [/\bLevels\.fyi\b/i, 'Levels.fyi'],
]
/** "according to Acme Research, …": a source the list above does not know. */
const ACCORDING_TO = /\baccording to (?:the )?((?:[\p{Lu}][\p{L}.&'’-]*\s?){1,6})/u
/** Sentences that carry on the previous one's claim, and so its source. */
const CARRIES_ON = /^(?:similarly|likewise|in addition|additionally|also|meanwhile)\b/i

const GROWTH = /(-?\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/gi
const GROWTH_WORDS =
  /\b(?:grow|grew|growth|increase|rise|rose|risen|expand|projected|decline|decrease|shrink|fell|fall)/i
const DECLINE_WORDS = /\b(?:decline|decrease|shrink|fell|fall)/i
const PERIOD = /\b((?:19|20)\d{2})\s*(?:-|–|—|to|through|and)\s*((?:19|20)\d{2})\b/
const SALARY = /\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([kK]\b)?/g
const SALARY_WORDS = /\b(?:salary|salaries|pay|earn|earns|compensation|wage)/i
const YEAR = /\b(?:in|for|as of) ((?:19|20)\d{2})\b/

function sourceOf(sentence: string): string | null {
  for (const [pattern, name] of SOURCES) if (pattern.test(sentence)) return name
  const according = ACCORDING_TO.exec(sentence)
  return according ? (according[1] ?? '').trim() : null
}

/** The role a figure at `at` speaks of: the nearest name before it, else after; null for both. */
function roleAt(
  sentence: string,
  at: number,
  roles: RoleNames,
  fallback: 0 | 1 | null,
): string | null {
  const mentions = roles.mentions(sentence)
  const named = new Set(mentions.map((m) => m.roleIndex))
  if (named.size === 2 && /\bboth\b/i.test(sentence)) return null
  const before = mentions.filter((m) => m.start < at).at(-1)
  const after = mentions.find((m) => m.start >= at)
  const roleIndex = before?.roleIndex ?? after?.roleIndex ?? fallback
  return roleIndex === null ? null : roles.names[roleIndex]
}

/**
 * Growth percentages and average salaries stated in the outlook, each with its source and
 * period. A figure whose sentence names no source is left out, unless the sentence carries on
 * the one before ("Similarly, …") in the same paragraph, which lends it that source.
 */
export function readOutlookFigures(
  sentences: readonly OutlookSentence[],
  roles: RoleNames,
): ParsedOutlookFigure[] {
  const figures: ParsedOutlookFigure[] = []
  let previousParagraph = -1
  let previousSource: string | null = null
  for (const { text, roleIndex, paragraph } of sentences) {
    const carriesOn = previousParagraph === paragraph && CARRIES_ON.test(text)
    const source: string | null = sourceOf(text) ?? (carriesOn ? previousSource : null)
    previousParagraph = paragraph
    previousSource = source
    if (!source) continue
    if (GROWTH_WORDS.test(text)) {
      const period = PERIOD.exec(text)
      for (const match of text.matchAll(GROWTH)) {
        const value = Number(match[1])
        figures.push({
          kind: 'growth',
          value: DECLINE_WORDS.test(text) && value > 0 ? -value : value,
          unit: 'percent',
          period: period ? `${period[1]}–${period[2]}` : (YEAR.exec(text)?.[1] ?? 'as reported'),
          source,
          roleName: roleAt(text, match.index, roles, roleIndex),
          sentence: text,
        })
      }
    }
    if (SALARY_WORDS.test(text)) {
      const year = YEAR.exec(text)
      for (const match of text.matchAll(SALARY)) {
        const value = Number((match[1] ?? '').replace(/,/g, '')) * (match[2] ? 1_000 : 1)
        figures.push({
          kind: 'salary',
          value: Math.round(value),
          unit: 'usd-per-year',
          period: year?.[1] ?? 'as reported',
          source,
          roleName: roleAt(text, match.index, roles, roleIndex),
          sentence: text,
        })
      }
    }
  }
  return figures
}
