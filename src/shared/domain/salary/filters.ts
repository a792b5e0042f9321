import type { SalaryIndex } from './salary-index'
import {
  companySizeLabels,
  companySizes,
  remoteLabels,
  remoteRatios,
  type FilterOption,
  type RoleSalaries,
  type SalaryFilters,
} from './types'

/** The rows of a role that pass the filters, and the counts the filter options show. */
export interface FilteredRows {
  /** Rows passing every filter, in index order. */
  rows: Uint32Array
  /** Per residence id: the role's rows that pass the remote and company size filters. */
  residenceCounts: Uint32Array
  /** Per position in `remoteRatios`: rows that pass the residence and company size filters. */
  remoteCounts: Uint32Array
  /** Per position in `companySizes`: rows that pass the residence and remote filters. */
  sizeCounts: Uint32Array
}

/** A filter left unset. */
const ANY = -1
/** A filter value no row has, such as a residence missing from the index. */
const NONE = -2

function wanted<T>(value: T | undefined, idOf: (value: T) => number | undefined): number {
  return value === undefined ? ANY : (idOf(value) ?? NONE)
}

/**
 * One pass over the rows of the given titles: keeps the rows that pass every filter, and
 * counts for each filter's values the rows that pass the OTHER filters, so an option shows
 * how many rows choosing it would give.
 */
export function filterRows(
  index: SalaryIndex,
  titleIds: readonly number[],
  filters: SalaryFilters,
): FilteredRows {
  const residence = wanted(filters.residence, (code) => index.residenceIds.get(code))
  const remote = wanted(filters.remoteRatio, (ratio) => remoteRatios.indexOf(ratio))
  const size = wanted(filters.companySize, (value) => companySizes.indexOf(value))
  let total = 0
  for (const id of titleIds)
    total += (index.titleStart[id + 1] as number) - (index.titleStart[id] as number)
  const rows = new Uint32Array(total)
  const residenceCounts = new Uint32Array(index.residences.length)
  const remoteCounts = new Uint32Array(remoteRatios.length)
  const sizeCounts = new Uint32Array(companySizes.length)
  let kept = 0
  for (const id of titleIds) {
    const end = index.titleStart[id + 1] as number
    for (let row = index.titleStart[id] as number; row < end; row++) {
      const rowResidence = index.residence[row] as number
      const rowRemote = index.remote[row] as number
      const rowSize = index.size[row] as number
      const residenceOk = residence === ANY || rowResidence === residence
      const remoteOk = remote === ANY || rowRemote === remote
      const sizeOk = size === ANY || rowSize === size
      if (remoteOk && sizeOk)
        residenceCounts[rowResidence] = (residenceCounts[rowResidence] as number) + 1
      if (residenceOk && sizeOk) remoteCounts[rowRemote] = (remoteCounts[rowRemote] as number) + 1
      if (residenceOk && remoteOk) sizeCounts[rowSize] = (sizeCounts[rowSize] as number) + 1
      if (residenceOk && remoteOk && sizeOk) rows[kept++] = row
    }
  }
  return { rows: rows.subarray(0, kept), residenceCounts, remoteCounts, sizeCounts }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })

/** "United Kingdom" for GB; the code itself when the name is unknown. */
function residenceLabel(code: string): string {
  return regionNames.of(code) ?? code
}

/**
 * The choices for each filter with their counts. Residences with rows, most rows first
 * (ties by code), plus the chosen one even at 0; every remote ratio and company size.
 */
export function filterOptions(
  index: SalaryIndex,
  filtered: FilteredRows,
  filters: SalaryFilters,
): RoleSalaries['options'] {
  const residence: FilterOption<string>[] = []
  filtered.residenceCounts.forEach((count, id) => {
    const code = index.residences[id] as string
    if (count > 0 || code === filters.residence)
      residence.push({ value: code, label: residenceLabel(code), count })
  })
  if (filters.residence !== undefined && !index.residenceIds.has(filters.residence)) {
    residence.push({ value: filters.residence, label: residenceLabel(filters.residence), count: 0 })
  }
  residence.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
  return {
    residence,
    remoteRatio: remoteRatios.map((value, id) => ({
      value,
      label: remoteLabels[value],
      count: filtered.remoteCounts[id] as number,
    })),
    companySize: companySizes.map((value, id) => ({
      value,
      label: companySizeLabels[value],
      count: filtered.sizeCounts[id] as number,
    })),
  }
}
