import { filterOptions, filterRows } from './filters'
import { summarize } from './percentile'
import type { SalaryIndex } from './salary-index'
import { matchTitleIds, type TitledRole } from './titles'
import {
  experienceLevels,
  type RoleSalaries,
  type SalaryFilters,
  type SalarySummary,
} from './types'

/** The role fields salaries are matched and labelled by. */
export interface SalaryRole extends TitledRole {
  id: string
}

/**
 * Summaries of the salaries of `rows`, one per group, where `groupOf(row)` is the row's
 * group in 0 to `groupCount` − 1. The salaries are bucketed into one array, then summarised.
 */
function summarizeBy(
  index: SalaryIndex,
  rows: Uint32Array,
  groupOf: (row: number) => number,
  groupCount: number,
): SalarySummary[] {
  const starts = new Uint32Array(groupCount + 1)
  for (const row of rows) {
    const group = groupOf(row) + 1
    starts[group] = (starts[group] as number) + 1
  }
  for (let group = 1; group <= groupCount; group++)
    starts[group] = (starts[group] as number) + (starts[group - 1] as number)
  const next = starts.slice(0, groupCount)
  const values = new Float64Array(rows.length)
  for (const row of rows) {
    const group = groupOf(row)
    const at = next[group] as number
    values[at] = index.salary[row] as number
    next[group] = at + 1
  }
  return Array.from({ length: groupCount }, (_, group) =>
    summarize(values.subarray(starts[group], starts[group + 1])),
  )
}

/** The years the titles have rows for, ascending, whatever the filters. */
function yearsOf(index: SalaryIndex, titleIds: readonly number[]): number[] {
  const years = new Set<number>()
  for (const id of titleIds) {
    const end = index.titleStart[id + 1] as number
    for (let row = index.titleStart[id] as number; row < end; row++)
      years.add(index.year[row] as number)
  }
  return [...years].sort((a, b) => a - b)
}

/**
 * What the index says a role pays, with the filters applied: overall, per experience level
 * (all four, in EN, MI, SE, EX order, empty ones with count 0) and per year the role has
 * rows in (ascending; a year the filters empty keeps its place with count 0), plus each
 * filter's options. Rows match by exact title (the role's name or an alias, any case).
 */
export function roleSalaries(
  index: SalaryIndex,
  role: SalaryRole,
  filters: SalaryFilters,
): RoleSalaries {
  const titleIds = matchTitleIds(index, role)
  const filtered = filterRows(index, titleIds, filters)
  const { rows } = filtered
  const years = yearsOf(index, titleIds)
  const firstYear = years[0] ?? 0
  const yearSpan = years.length === 0 ? 0 : (years.at(-1) as number) - firstYear + 1
  const [overall] = summarizeBy(index, rows, () => 0, 1) as [SalarySummary]
  const levels = summarizeBy(
    index,
    rows,
    (row) => index.level[row] as number,
    experienceLevels.length,
  )
  const yearSummaries = summarizeBy(
    index,
    rows,
    (row) => (index.year[row] as number) - firstYear,
    yearSpan,
  )
  return {
    roleId: role.id,
    roleName: role.name,
    matchedTitles: titleIds.map((id) => index.titles[id] as string),
    filters,
    overall,
    byLevel: experienceLevels.map((key, level) => ({
      key,
      summary: levels[level] as SalarySummary,
    })),
    byYear: years.map((key) => ({ key, summary: yearSummaries[key - firstYear] as SalarySummary })),
    options: filterOptions(index, filtered, filters),
  }
}
