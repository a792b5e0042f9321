import { describe, expect, it } from 'vitest'
import type { SalaryFile } from '@shared/domain/salary/salary-file'
import { decodeSalaryIndex } from '@shared/domain/salary/salary-index'
import { fixtureRows, salaryFile } from './salary-fixtures'

describe('decodeSalaryIndex', () => {
  it('builds typed columns and finds titles in any case', () => {
    const index = decodeSalaryIndex(salaryFile(fixtureRows))
    expect(index.source.rowCount).toBe(18)
    expect([...index.titleStart]).toEqual([0, 12, 13, 16, 18])
    expect(index.titleIdsByKey.get('data manager')).toEqual([0, 1])
    expect(index.salary).toBeInstanceOf(Uint32Array)
    expect(index.salary[0]).toBe(40_000)
    expect(index.residences[index.residence[13] as number]).toBe('FR')
  })

  it('maps codes through the file dictionaries, whatever their order', () => {
    const file = salaryFile([['Analyst', 2024, 'EN', 1000, 'US', 50, 'S']])
    const index = decodeSalaryIndex({
      ...file,
      dictionaries: {
        ...file.dictionaries,
        experienceLevel: ['EX', 'EN'],
        companySize: ['L', 'S'],
      },
      columns: { ...file.columns, experienceLevel: [1], companySize: [1] },
    })
    expect(index.level[0]).toBe(0) // EN
    expect(index.size[0]).toBe(0) // S
    expect(index.remote[0]).toBe(1) // 50
  })

  const good = salaryFile(fixtureRows)
  const broken: [string, (file: SalaryFile) => unknown, RegExp][] = [
    ['another format version', (file) => ({ ...file, version: 2 }), /version/],
    [
      'a column one row short',
      (file) => ({
        ...file,
        columns: { ...file.columns, workYear: file.columns.workYear.slice(1) },
      }),
      /column workYear must have 18 rows/,
    ],
    [
      'title counts that do not add up',
      (file) => ({ ...file, rowsPerTitle: [12, 1, 3, 1] }),
      /add up to source.rowCount/,
    ],
    [
      'a residence code past its dictionary',
      (file) => ({
        ...file,
        columns: {
          ...file.columns,
          employeeResidence: file.columns.employeeResidence.map(() => 9),
        },
      }),
      /employeeResidence refers past the end/,
    ],
    [
      'a remote ratio of 30',
      (file) => ({
        ...file,
        columns: { ...file.columns, remoteRatio: file.columns.remoteRatio.map(() => 30) },
      }),
      /remoteRatio must hold only 0, 50, 100/,
    ],
    [
      'a salary that is not a whole number',
      (file) => ({
        ...file,
        columns: { ...file.columns, salaryInUsd: file.columns.salaryInUsd.map(() => 1.5) },
      }),
      /whole numbers/,
    ],
    ['an unknown field', (file) => ({ ...file, extra: true }), /extra/],
  ]
  it.each(broken)('refuses %s', (_, breakIt, message) => {
    expect(() => decodeSalaryIndex(breakIt(good))).toThrow(message)
  })
})
