import { describe, expect, it } from 'vitest'
import { filterOptions, filterRows, type FilteredRows } from '@shared/domain/salary/filters'
import { matchTitleIds } from '@shared/domain/salary/titles'
import type { SalaryFilters } from '@shared/domain/salary/types'
import { dataManager, fixtureIndex } from './salary-fixtures'

const index = fixtureIndex()
const titleIds = matchTitleIds(index, dataManager)

function run(filters: SalaryFilters): FilteredRows {
  return filterRows(index, titleIds, filters)
}

/** Counts per residence code, leaving out codes with no rows. */
function residenceCounts(filtered: FilteredRows): Record<string, number> {
  return Object.fromEntries(
    [...filtered.residenceCounts]
      .map((count, id) => [index.residences[id], count] as const)
      .filter(([, count]) => count > 0),
  )
}

const salariesOf = (filtered: FilteredRows): number[] =>
  [...filtered.rows].map((row) => index.salary[row] as number)

describe('filterRows on the 13 Data Manager rows', () => {
  it('keeps every row without filters and counts each value once', () => {
    const filtered = run({})
    expect(filtered.rows).toHaveLength(13)
    expect(residenceCounts(filtered)).toEqual({ US: 9, GB: 3, DE: 1 })
    expect([...filtered.remoteCounts]).toEqual([9, 1, 3])
    expect([...filtered.sizeCounts]).toEqual([1, 10, 2])
  })

  it('keeps the rows passing every filter; counts each option with the other filters', () => {
    const filtered = run({ residence: 'US', companySize: 'M' })
    expect(salariesOf(filtered).sort((a, b) => a - b)).toEqual([
      40_000, 50_000, 65_000, 80_000, 110_000, 140_000,
    ])
    // Residences with size M, any remote ratio: rows that choosing GB or DE would give.
    expect(residenceCounts(filtered)).toEqual({ US: 6, GB: 3, DE: 1 })
    // Remote ratios among US and M rows.
    expect([...filtered.remoteCounts]).toEqual([6, 0, 0])
    // Sizes among US rows, any remote ratio.
    expect([...filtered.sizeCounts]).toEqual([1, 6, 2])
  })

  it('filters on remote ratio', () => {
    const filtered = run({ remoteRatio: 100 })
    expect(salariesOf(filtered)).toEqual([60_000, 70_000, 120_000])
    expect(residenceCounts(filtered)).toEqual({ GB: 1, US: 1, DE: 1 })
    expect([...filtered.remoteCounts]).toEqual([9, 1, 3])
    expect([...filtered.sizeCounts]).toEqual([0, 2, 1])
  })

  it('keeps nothing for a residence the index has no row for', () => {
    const filtered = run({ residence: 'JP' })
    expect(filtered.rows).toHaveLength(0)
    expect([...filtered.remoteCounts]).toEqual([0, 0, 0])
    expect(residenceCounts(filtered)).toEqual({ US: 9, GB: 3, DE: 1 })
  })
})

describe('filterOptions', () => {
  it('lists residences by count, then code, with country names; every ratio and size', () => {
    const filters: SalaryFilters = { residence: 'US', companySize: 'M' }
    expect(filterOptions(index, run(filters), filters)).toEqual({
      residence: [
        { value: 'US', label: 'United States', count: 6 },
        { value: 'GB', label: 'United Kingdom', count: 3 },
        { value: 'DE', label: 'Germany', count: 1 },
      ],
      remoteRatio: [
        { value: 0, label: 'On site', count: 6 },
        { value: 50, label: 'Hybrid', count: 0 },
        { value: 100, label: 'Remote', count: 0 },
      ],
      companySize: [
        { value: 'S', label: 'Small (under 50)', count: 1 },
        { value: 'M', label: 'Medium (50–250)', count: 6 },
        { value: 'L', label: 'Large (over 250)', count: 2 },
      ],
    })
  })

  it('breaks count ties by code', () => {
    const filters: SalaryFilters = { remoteRatio: 100 }
    const options = filterOptions(index, run(filters), filters)
    expect(options.residence.map((option) => option.value)).toEqual(['DE', 'GB', 'US'])
  })

  it('keeps the chosen residence at 0, whether or not the index knows it', () => {
    for (const [code, label] of [
      ['FR', 'France'],
      ['JP', 'Japan'],
    ] as const) {
      const filters: SalaryFilters = { residence: code }
      expect(filterOptions(index, run(filters), filters).residence).toEqual([
        { value: 'US', label: 'United States', count: 9 },
        { value: 'GB', label: 'United Kingdom', count: 3 },
        { value: 'DE', label: 'Germany', count: 1 },
        { value: code, label, count: 0 },
      ])
    }
  })
})
