import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { format, resolveConfig } from 'prettier'
import { loadBundledCatalog } from '../../src/main/services/catalog/bundled-catalog'
import { toJsonText } from '../../src/main/store/json-file'
import { DATA_FILE_NAME } from '../../test/e2e/harness'
import { measureBundle } from './bundle-figure'
import { measureCatalog } from './catalog-figure'
import { generateDb } from './generate-db'
import { measureImporter } from './importer-figure'
import { measureImportSave } from './import-save-figure'
import { formatMarkdownResults, withResults } from './markdown-report'
import { parseOptions, repetitionsFor } from './options'
import { withOnetComparisons } from './onet-comparisons'
import { measureRenderer } from './renderer-figures'
import { formatJson, formatTable } from './report'
import { judge, type Measurement } from './results'
import { measureSalaryStats } from './salary-figure'
import { measureStore } from './store-figures'
import { measureSync } from './sync-figures'

/** The data is the same on every run, so figures compare across runs and machines. */
const SEED = 20_261_129

const root = path.resolve(import.meta.dirname, '../..')
const options = parseOptions(process.argv.slice(2))
const repetitions = repetitionsFor(options)
const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`)
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
const dir = await mkdtemp(path.join(tmpdir(), 'role-atlas-bench-'))
const measurements: Measurement[] = []
try {
  const wanted = new Set(options.only)
  if (wanted.has('store')) {
    progress('store')
    const storeDir = path.join(dir, 'store')
    await mkdir(storeDir)
    measurements.push(...(await measureStore(db, storeDir, repetitions.rounds)))
  }
  if (wanted.has('sync')) {
    progress('sync')
    const syncDir = path.join(dir, 'sync')
    await mkdir(syncDir)
    measurements.push(...(await measureSync(db, syncDir, repetitions.rounds)))
  }
  if (wanted.has('renderer')) {
    const dataDir = path.join(dir, 'renderer')
    await mkdir(dataDir)
    // The generated data, plus comparisons of four O*NET occupations for renderer.compare.onet.
    const rendererDb = withOnetComparisons(db)
    await writeFile(path.join(dataDir, DATA_FILE_NAME), toJsonText(rendererDb))
    measurements.push(
      ...(await measureRenderer({
        dataDir,
        db: rendererDb,
        rounds: repetitions.rounds,
        clicks: repetitions.clicks,
        progress,
      })),
    )
  }
  if (wanted.has('bundle')) measurements.push(await measureBundle(path.join(root, 'out/renderer')))
  if (wanted.has('importer')) {
    progress('importer')
    measurements.push(measureImporter(taxonomy, SEED, repetitions.articles))
    measurements.push(measureImportSave(db, taxonomy, SEED, repetitions.rounds))
  }
  if (wanted.has('salary')) {
    progress('salaries')
    measurements.push(
      await measureSalaryStats(
        path.join(root, 'resources/salaries/aijobs-salaries.json'),
        catalog,
        repetitions.salaryRounds,
      ),
    )
  }
  if (wanted.has('catalog')) {
    progress('catalog')
    measurements.push(
      ...(await measureCatalog(path.join(root, 'resources/catalog'), repetitions.rounds)),
    )
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}

const results = measurements.map((measurement) => judge(measurement))
process.stdout.write(`${options.json ? formatJson(results) : formatTable(results)}\n`)
if (options.markdown) {
  // The dated figures live in docs/benchmarks.md, not in the README.
  const file = path.join(root, 'docs/benchmarks.md')
  const before = await readFile(file, 'utf8').catch(() => '# Benchmarks\n')
  const section = formatMarkdownResults(results, {
    at: new Date(),
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.versions.node,
    flags: process.argv.slice(2).join(' '),
  })
  // Formatted as the repository formats Markdown, so the file passes `format:check` as written.
  const config = await resolveConfig(file)
  await writeFile(file, await format(withResults(before, section), { ...config, filepath: file }))
  progress(`wrote the results to ${path.relative(root, file)}`)
}
if (options.check && results.some((result) => !result.pass)) process.exitCode = 1
