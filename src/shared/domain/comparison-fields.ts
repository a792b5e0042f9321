import { COMPARISON_TITLE_MAX } from './comparison-limits'

const COPY_SUFFIX = ' (copy)'

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  return text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')
}

/** "A vs B" or "A vs B vs C": the title a comparison gets when the user gives none. */
export function defaultTitle(roleNames: readonly string[]): string {
  return truncate(roleNames.join(' vs '), COMPARISON_TITLE_MAX)
}

/** "<title> (copy)", shortening the title so the whole still fits the limit. */
export function copyTitle(title: string): string {
  return `${truncate(title, COMPARISON_TITLE_MAX - COPY_SUFFIX.length).trimEnd()}${COPY_SUFFIX}`
}

/** Tags trimmed, without blanks, and without repeats that differ only in case (first wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const tag of tags.map((candidate) => candidate.trim())) {
    const key = tag.toLocaleLowerCase('en')
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    kept.push(tag)
  }
  return kept
}
