/**
 * `salary.stats`: one role's salary figures over the bundled index, for every catalog role
 * with every filter combination (residence any/US/GB × remote any/0/50/100 × size any/S/M/L);
 * the figure is the 95th percentile of those calls. The baseline is one plain pass over every
 * row of the index, the least any figure over the full index could cost.
 */
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import type { Catalog } from '../../src/shared/domain/catalog'
import { roleSalaries } from '../../src/shared/domain/salary/role-salaries'
import { decodeSalaryIndex, type SalaryIndex } from '../../src/shared/domain/salary/salary-index'
import type { SalaryFilters } from '../../src/shared/domain/salary/types'
import type { Measurement } from './results'
import { percentile } from './stats'

function filterCombinations(): SalaryFilters[] {
  const combinations: SalaryFilters[] = []
  for (const residence of [undefined, 'US', 'GB'])
    for (const remoteRatio of [undefined, 0, 50, 100] as const)
      for (const companySize of [undefined, 'S', 'M', 'L'] as const)
        combinations.push({
          ...(residence && { residence }),
          ...(remoteRatio !== undefined && { remoteRatio }),
          ...(companySize && { companySize }),
        })
  return combinations
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

function sumOfSalaries(index: SalaryIndex): number {
  let sum = 0
  for (let row = 0; row < index.salary.length; row++) sum += index.salary[row] as number
  return sum
}

export async function measureSalaryStats(
  indexPath: string,
  catalog: Catalog,
  rounds: number,
): Promise<Measurement> {
  const index = decodeSalaryIndex(JSON.parse(await readFile(indexPath, 'utf8')))
  const combinations = filterCombinations()
  const subject: number[] = []
  const baseline: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const role of catalog.roles) {
      for (const filters of combinations) {
        baseline.push(time(() => sumOfSalaries(index)))
        subject.push(time(() => roleSalaries(index, role, filters)))
      }
    }
  }
  return {
    name: 'salary.stats',
    value: percentile(subject, 0.95),
    unit: 'ms',
    baseline: percentile(baseline, 0.95),
  }
}
