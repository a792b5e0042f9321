import type { SalaryIndex } from './salary-index'

/** The form titles are compared in: trimmed and lower-cased, nothing else. */
export function normalizeTitle(title: string): string {
  return title.trim().toLowerCase()
}

/**
 * The job titles a role owns: its name and aliases, normalised. Matching is exact on these,
 * so "Senior Data Manager" is not a "Data Manager"; no guessing, no substrings.
 */
export function titleMatches(role: { name: string; aliases: readonly string[] }): Set<string> {
  return new Set([role.name, ...role.aliases].map(normalizeTitle))
}

/** Ids of the index's titles that match the role, in dictionary order. */
export function matchTitleIds(
  index: SalaryIndex,
  role: { name: string; aliases: readonly string[] },
): number[] {
  const ids: number[] = []
  for (const key of titleMatches(role)) ids.push(...(index.titleIdsByKey.get(key) ?? []))
  return ids.sort((a, b) => a - b)
}
