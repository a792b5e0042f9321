import type { SalaryFile } from '@shared/domain/salary/salary-file'
import { decodeSalaryIndex, type SalaryIndex } from '@shared/domain/salary/salary-index'
import type { CompanySize, ExperienceLevel, RemoteRatio } from '@shared/domain/salary/types'

export type FixtureRow = [
  title: string,
  year: number,
  level: ExperienceLevel,
  usd: number,
  residence: string,
  remote: RemoteRatio,
  size: CompanySize,
]

const levels: ExperienceLevel[] = ['EN', 'MI', 'SE', 'EX']
const sizes: CompanySize[] = ['S', 'M', 'L']

/** A salary file holding `rows`, which must be grouped by title; titles in order of first row. */
export function salaryFile(rows: readonly FixtureRow[]): SalaryFile {
  const titles = [...new Set(rows.map(([title]) => title))]
  const residences = [...new Set(rows.map((row) => row[4]))]
  return {
    format: 'role-atlas-salary-index',
    version: 1,
    generator: { script: 'test', version: '0' },
    source: {
      name: 'Test index',
      url: 'https://example.com/salaries',
      licence: 'CC0 1.0',
      snapshotDate: '2025-01-19',
      rowCount: rows.length,
    },
    note: '',
    skipped: {},
    dictionaries: {
      jobTitle: titles,
      employeeResidence: residences,
      experienceLevel: levels,
      companySize: sizes,
    },
    rowsPerTitle: titles.map((title) => rows.filter((row) => row[0] === title).length),
    columns: {
      workYear: rows.map((row) => row[1]),
      experienceLevel: rows.map((row) => levels.indexOf(row[2])),
      salaryInUsd: rows.map((row) => row[3]),
      employeeResidence: rows.map((row) => residences.indexOf(row[4])),
      remoteRatio: rows.map((row) => row[5]),
      companySize: rows.map((row) => sizes.indexOf(row[6])),
    },
  }
}

/**
 * Thirteen "Data Manager" rows (one spelled "data manager") whose figures are worked out by
 * hand in the tests, plus titles that must not match it.
 */
export const fixtureRows: FixtureRow[] = [
  ['Data Manager', 2023, 'EN', 40_000, 'US', 0, 'M'],
  ['Data Manager', 2023, 'MI', 50_000, 'US', 0, 'M'],
  ['Data Manager', 2023, 'MI', 60_000, 'GB', 100, 'M'],
  ['Data Manager', 2024, 'MI', 70_000, 'US', 100, 'L'],
  ['Data Manager', 2024, 'SE', 80_000, 'US', 0, 'M'],
  ['Data Manager', 2024, 'SE', 90_000, 'GB', 0, 'M'],
  ['Data Manager', 2024, 'SE', 100_000, 'US', 50, 'S'],
  ['Data Manager', 2024, 'SE', 110_000, 'US', 0, 'M'],
  ['Data Manager', 2024, 'SE', 120_000, 'DE', 100, 'M'],
  ['Data Manager', 2024, 'EX', 130_000, 'US', 0, 'L'],
  ['Data Manager', 2025, 'EX', 140_000, 'US', 0, 'M'],
  ['Data Manager', 2025, 'SE', 150_000, 'GB', 0, 'M'],
  ['data manager', 2024, 'MI', 65_000, 'US', 0, 'M'],
  ['Senior Data Manager', 2024, 'SE', 200_000, 'FR', 0, 'M'],
  ['Senior Data Manager', 2024, 'SE', 210_000, 'FR', 0, 'M'],
  ['Senior Data Manager', 2024, 'SE', 220_000, 'US', 0, 'M'],
  ['DataOps Engineer', 2024, 'MI', 75_000, 'US', 100, 'M'],
  ['DataOps Engineer', 2023, 'MI', 85_000, 'IN', 100, 'S'],
]

export const dataManager = { id: 'data-manager', name: 'Data Manager', aliases: ['Data Boss'] }

/** The fixture rows as an index. */
export function fixtureIndex(): SalaryIndex {
  return decodeSalaryIndex(salaryFile(fixtureRows))
}
