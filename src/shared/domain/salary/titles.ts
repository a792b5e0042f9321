import type { SalaryIndex } from './salary-index'

/** The form titles are compared in: trimmed and lower-cased, nothing else. */
export function normalizeTitle(title: string): string {
  return title.trim().toLowerCase()
}

/** The role fields titles are matched by. */
export interface TitledRole {
  name: string
  aliases: readonly string[]
  /** A built-in role's reviewed salary-index titles (catalog 2 on). */
  profile?: { salaryTitles: readonly { title: string }[] } | undefined
}

/**
 * The job titles a role owns, normalised: a built-in role's reviewed salary titles, else its
 * name and aliases (O*NET's alternate titles are aliases, and "Machine Learning Engineer" is
 * one of three occupations', so they cannot stand for salaries). Matching is exact on these,
 * so "Senior Data Manager" is not a "Data Manager"; no guessing, no substrings.
 */
export function titleMatches(role: TitledRole): Set<string> {
  const titles = role.profile
    ? role.profile.salaryTitles.map((entry) => entry.title)
    : [role.name, ...role.aliases]
  return new Set(titles.map(normalizeTitle))
}

/** Ids of the index's titles that match the role, in dictionary order. */
export function matchTitleIds(index: SalaryIndex, role: TitledRole): number[] {
  const ids: number[] = []
  for (const key of titleMatches(role)) ids.push(...(index.titleIdsByKey.get(key) ?? []))
  return ids.sort((a, b) => a - b)
}
