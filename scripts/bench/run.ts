import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import path from 'node:path'
import { format, resolveConfig } from 'prettier'
import { loadBundledCatalog } from '../../src/main/services/catalog/bundled-catalog'
import { FULL_SCALE, generateDb } from './generate-db'
import {
  formatMarkdownResults,
  formatMarkdownSpreads,
  withResults,
  type RunFacts,
} from './markdown-report'
import { measureAll } from './measure-all'
import { withOnetComparisons } from './onet-comparisons'
import { parseOptions, repetitionsFor } from './options'
import { alignColumns, failingHeld, formatJson, formatTable, goalLines } from './report'
import { judge, type Result } from './results'
import { SPREAD_HEADER, failingHeldSpreads, spreadCells, spreadNotes, spreadOf } from './spread'

/** The data is the same on every run, so figures compare across runs and machines. */
const SEED = 20_261_129

const root = path.resolve(import.meta.dirname, '../..')
const options = parseOptions(process.argv.slice(2))
const repetitions = repetitionsFor(options)
const benchStart = performance.now()
// Seconds since the start on each step, so a slow group shows in the progress.
const progress = (message: string): void => {
  const seconds = Math.round((performance.now() - benchStart) / 1000)
  process.stderr.write(`bench: ${seconds} s: ${message}\n`)
}

const needsBuild = options.only.includes('renderer') || options.only.includes('bundle')
if (needsBuild && !options.skipBuild) {
  progress('building the renderer (npm run bundle)')
  // Its output goes to stderr, so stdout holds only the report (or the JSON).
  const build = spawnSync('npm', ['run', 'bundle'], { cwd: root, stdio: ['ignore', 2, 2] })
  if (build.status !== 0) throw new Error('npm run bundle failed; see its output above.')
}

const { catalog, taxonomy } = loadBundledCatalog()
progress('generating the data (300 roles, 10,000 plan items, 50,000 events)')
const db = generateDb(SEED, catalog, taxonomy)
// With comparisons of four O*NET occupations beside the generated ones, for renderer.compare.onet.
const catalogDb = withOnetComparisons(
  generateDb(SEED, catalog, taxonomy, { ...FULL_SCALE, roles: catalog.roles.length }),
)

const runs: Result[][] = []
const started = performance.now()
for (let run = 1; run <= options.runs; run++) {
  if (options.runs > 1) progress(`run ${run} of ${options.runs}`)
  const measurements = await measureAll({
    root,
    seed: SEED,
    groups: options.only,
    repetitions,
    catalog,
    taxonomy,
    db,
    catalogDb,
    progress,
  })
  runs.push(measurements.map((measurement) => judge(measurement)))
}
progress(`measured in ${Math.round((performance.now() - started) / 1000)} s`)

const facts: RunFacts = {
  at: new Date(),
  cores: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
  node: process.versions.node,
  flags: process.argv.slice(2).join(' '),
}
const [results = []] = runs
let section: string
let failing: string[]
if (runs.length === 1) {
  process.stdout.write(`${options.json ? formatJson(results) : formatTable(results)}\n`)
  section = formatMarkdownResults(results, facts)
  failing = failingHeld(results)
} else {
  const spreads = spreadOf(runs)
  const table = alignColumns([SPREAD_HEADER, ...spreads.map((spread) => spreadCells(spread))])
  const goals = goalLines(spreads)
  process.stdout.write(
    options.json
      ? `${JSON.stringify({ runs: runs.length, spreads }, null, 2)}\n`
      : `${[...table, '', ...spreadNotes(spreads), ...(goals.length > 0 ? ['', ...goals] : [])].join('\n')}\n`,
  )
  section = formatMarkdownSpreads(spreads, facts)
  failing = failingHeldSpreads(spreads)
}
if (options.markdown) {
  // The dated figures live in docs/benchmarks.md, not in the README.
  const file = path.join(root, 'docs/benchmarks.md')
  const before = await readFile(file, 'utf8').catch(() => '# Benchmarks\n')
  // Formatted as the repository formats Markdown, so the file passes `format:check` as written.
  const config = await resolveConfig(file)
  await writeFile(file, await format(withResults(before, section), { ...config, filepath: file }))
  progress(`wrote the results to ${path.relative(root, file)}`)
}
if (options.check && failing.length > 0) {
  progress(`over a budget CI holds: ${failing.join(', ')}`)
  process.exitCode = 1
}
