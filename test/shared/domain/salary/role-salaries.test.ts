import { describe, expect, it } from 'vitest'
import { roleSalaries } from '@shared/domain/salary/role-salaries'
import type { SalarySummary } from '@shared/domain/salary/types'
import { dataManager, fixtureIndex } from './salary-fixtures'

const index = fixtureIndex()
const hidden = (count: number): SalarySummary => ({ count, figures: null, reliability: 'hidden' })

describe('roleSalaries on the fixture index', () => {
  it('summarises the role overall, by level and by year', () => {
    const salaries = roleSalaries(index, dataManager, {})
    expect(salaries.roleId).toBe('data-manager')
    expect(salaries.roleName).toBe('Data Manager')
    expect(salaries.matchedTitles).toEqual(['Data Manager', 'data manager'])
    expect(salaries.filters).toEqual({})
    // 40k 50k 60k 65k 70k 80k 90k 100k 110k 120k 130k 140k 150k: h = 3, 6, 9
    expect(salaries.overall).toEqual({
      count: 13,
      figures: { p25: 65_000, median: 90_000, p75: 120_000 },
      reliability: 'ok',
    })
    expect(salaries.byLevel).toEqual([
      { key: 'EN', summary: hidden(1) },
      // 50k 60k 65k 70k: h = 0.75, 1.5, 2.25
      {
        key: 'MI',
        summary: {
          count: 4,
          figures: { p25: 57_500, median: 62_500, p75: 66_250 },
          reliability: 'few',
        },
      },
      // 80k 90k 100k 110k 120k 150k: h = 1.25, 2.5, 3.75
      {
        key: 'SE',
        summary: {
          count: 6,
          figures: { p25: 92_500, median: 105_000, p75: 117_500 },
          reliability: 'few',
        },
      },
      { key: 'EX', summary: hidden(2) },
    ])
    expect(salaries.byYear).toEqual([
      // 40k 50k 60k: h = 0.5, 1, 1.5
      {
        key: 2023,
        summary: {
          count: 3,
          figures: { p25: 45_000, median: 50_000, p75: 55_000 },
          reliability: 'few',
        },
      },
      // 65k 70k 80k 90k 100k 110k 120k 130k: h = 1.75, 3.5, 5.25
      {
        key: 2024,
        summary: {
          count: 8,
          figures: { p25: 77_500, median: 95_000, p75: 112_500 },
          reliability: 'few',
        },
      },
      { key: 2025, summary: hidden(2) },
    ])
  })

  it('applies the filters everywhere and keeps every year of the role in place', () => {
    const salaries = roleSalaries(index, dataManager, { remoteRatio: 100 })
    expect(salaries.filters).toEqual({ remoteRatio: 100 })
    // 60k 70k 120k: h = 0.5, 1, 1.5
    expect(salaries.overall).toEqual({
      count: 3,
      figures: { p25: 65_000, median: 70_000, p75: 95_000 },
      reliability: 'few',
    })
    expect(salaries.byLevel.map((group) => group.summary.count)).toEqual([0, 2, 1, 0])
    expect(salaries.byYear).toEqual([
      { key: 2023, summary: hidden(1) },
      { key: 2024, summary: hidden(2) },
      { key: 2025, summary: hidden(0) },
    ])
    expect(salaries.options.remoteRatio.map((option) => option.count)).toEqual([9, 1, 3])
  })

  it('says a role with no matching rows has none', () => {
    const salaries = roleSalaries(index, { id: 'ai', name: 'AI Programmer', aliases: [] }, {})
    expect(salaries.matchedTitles).toEqual([])
    expect(salaries.overall).toEqual(hidden(0))
    expect(salaries.byLevel).toEqual(
      ['EN', 'MI', 'SE', 'EX'].map((key) => ({ key, summary: hidden(0) })),
    )
    expect(salaries.byYear).toEqual([])
    expect(salaries.options.residence).toEqual([])
    expect(salaries.options.companySize.map((option) => option.count)).toEqual([0, 0, 0])
  })

  it('finds rows through an alias', () => {
    const role = { id: 'dos', name: 'Data Operations Specialist', aliases: ['DataOps Engineer'] }
    const salaries = roleSalaries(index, role, {})
    expect(salaries.matchedTitles).toEqual(['DataOps Engineer'])
    expect(salaries.overall).toEqual(hidden(2))
    expect(salaries.byYear.map((group) => group.key)).toEqual([2023, 2024])
  })
})
