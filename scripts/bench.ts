/**
 * Times the salary index against budgets: `npm run bench` (node --expose-gc scripts/bench.ts).
 * Prints a table and exits 1 when a figure is over its budget. Wall-clock limits live here,
 * never in the unit tests, where a busy machine would make them flaky.
 *
 * Measures, on the bundled resources/salaries/aijobs-salaries.json and the catalog's roles:
 * - load: read, JSON.parse and decode (validation included), median and slowest of LOAD_RUNS;
 * - roleSalaries for every catalog role with no filter and with every filter combination
 *   (residence any/US/GB × remote any/0/50/100 × size any/S/M/L), median and p95 over all;
 * - memory: V8 heap plus typed-array buffers after a garbage collection, the index held.
 *
 * Node runs this file with its built-in type stripping. The app's sources import each other
 * without extensions (as the bundler wants), which Node does not resolve, so a resolve hook
 * adds `.ts`; the modules are then imported dynamically, after the hook is in place.
 */
import { readFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { SalaryFilters } from '../src/shared/domain/salary/types'

registerHooks({
  resolve(specifier, context, nextResolve) {
    const extensionless = /^\.\.?\//.test(specifier) && !/\.[a-z]+$/i.test(specifier)
    return nextResolve(extensionless ? `${specifier}.ts` : specifier, context)
  },
})
const { decodeSalaryIndex } = await import('../src/shared/domain/salary/salary-index')
const { roleSalaries } = await import('../src/shared/domain/salary/role-salaries')

const BUDGET = { loadMs: 500, roleP95Ms: 20, memoryMb: 100 }
const LOAD_RUNS = 10
const ROLE_RUNS = 20
const root = resolve(import.meta.dirname, '..')
const indexPath = resolve(root, 'resources/salaries/aijobs-salaries.json')

const collectGarbage = (globalThis as { gc?: () => void }).gc
if (!collectGarbage) throw new Error('run with node --expose-gc (npm run bench does)')

function quantile(times: number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now()
  const value = run()
  return { ms: performance.now() - start, value }
}

const load = (): ReturnType<typeof decodeSalaryIndex> =>
  decodeSalaryIndex(JSON.parse(readFileSync(indexPath, 'utf8')))

collectGarbage()
const before = process.memoryUsage()
const first = time(load)
const index = first.value
collectGarbage()
const after = process.memoryUsage()
const memoryMb = (after.heapUsed + after.arrayBuffers) / 2 ** 20
const loadTimes = [first.ms, ...Array.from({ length: LOAD_RUNS - 1 }, () => time(load).ms)]

const catalog = JSON.parse(readFileSync(resolve(root, 'resources/catalog/catalog.json'), 'utf8'))
const roles = (catalog as { roles: { id: string; name: string; aliases: string[] }[] }).roles
const combinations: SalaryFilters[] = []
for (const residence of [undefined, 'US', 'GB'])
  for (const remoteRatio of [undefined, 0, 50, 100] as const)
    for (const companySize of [undefined, 'S', 'M', 'L'] as const)
      combinations.push({
        ...(residence && { residence }),
        ...(remoteRatio !== undefined && { remoteRatio }),
        ...(companySize && { companySize }),
      })

interface Line {
  label: string
  median: number
  worst: number
  budget?: number
}
const lines: Line[] = [
  {
    label: `load + validate + decode (${index.source.rowCount} rows), slowest is the first`,
    median: quantile(loadTimes, 0.5),
    worst: Math.max(...loadTimes),
    budget: BUDGET.loadMs,
  },
]
const allFiltered: number[] = []
for (const role of roles) {
  // The first call warms the code up; its count labels the line.
  const count = roleSalaries(index, role, {}).overall.count
  const unfiltered = Array.from(
    { length: ROLE_RUNS },
    () => time(() => roleSalaries(index, role, {})).ms,
  )
  const filtered = combinations.flatMap((filters) =>
    Array.from({ length: ROLE_RUNS }, () => time(() => roleSalaries(index, role, filters)).ms),
  )
  allFiltered.push(...filtered)
  lines.push(
    {
      label: `${role.name} (${count} rows), no filter`,
      median: quantile(unfiltered, 0.5),
      worst: quantile(unfiltered, 0.95),
      budget: BUDGET.roleP95Ms,
    },
    {
      label: `${role.name}, ${combinations.length} filter combinations`,
      median: quantile(filtered, 0.5),
      worst: quantile(filtered, 0.95),
      budget: BUDGET.roleP95Ms,
    },
  )
}
lines.push({
  label: `every role and filter (${allFiltered.length} calls)`,
  median: quantile(allFiltered, 0.5),
  worst: quantile(allFiltered, 0.95),
  budget: BUDGET.roleP95Ms,
})

const over = lines.filter((line) => line.budget !== undefined && line.worst > line.budget)
const memoryOver = memoryMb > BUDGET.memoryMb
const ms = (value: number): string => value.toFixed(2).padStart(9)
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`
const width = Math.max(...lines.map((line) => line.label.length))
const table = [
  `${'measure'.padEnd(width)}  median ms  p95/max ms  budget ms`,
  ...lines.map((line) => {
    const budget = line.budget === undefined ? '' : ms(line.budget)
    const flag = over.includes(line) ? '  OVER BUDGET' : ''
    return `${line.label.padEnd(width)}  ${ms(line.median)}  ${ms(line.worst)}   ${budget}${flag}`
  }),
  '',
  `memory after load: ${memoryMb.toFixed(1)} MB (heap ${mb(after.heapUsed)} + typed arrays ` +
    `${mb(after.arrayBuffers)}; the index added ` +
    `${mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers)}), ` +
    `budget ${BUDGET.memoryMb} MB${memoryOver ? '  OVER BUDGET' : ''}`,
]
process.stdout.write(`${table.join('\n')}\n`)
if (over.length > 0 || memoryOver) {
  console.error('Over budget: see the lines marked above.')
  process.exitCode = 1
}
