/**
 * Builds Role Atlas's built-in catalog from O*NET 29.3, BLS Employment Projections 2024–34,
 * the salary index and the hand-written content in scripts/catalog/content.
 *
 *   npm run catalog:build [-- <data folder>]   default: ../shared/data beside the repository
 *   npm run catalog:check                      rebuild from the committed extract and compare
 *
 * (Run through scripts/catalog/cli.ts, which lets Node load the app's extensionless imports.)
 *
 * `build` reads the data folder (the layout of /work/shared/data: onet-29.3/ and
 * bls-ep-2024-34/), checks every file it reads, and writes three things, all or none:
 * resources/catalog/catalog.json, resources/catalog/taxonomy-onet.json (the entities O*NET adds
 * to the hand-kept taxonomy) and scripts/catalog/data/ (the extract: the rows of the source
 * files the build uses, same names and headers, with the attribution). A fresh clone has no
 * ../shared, so `check` — run by the unit tests in CI — rebuilds from that extract.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { TaxonomySchema } from '../../src/shared/domain/entity'
import { buildCatalog, serialise } from './build'
import { INPUT_FILES, readInputs, type InputFileSpec, type InputRows } from './input-files'
import { ROOT, loadContent, salaryRowCounts } from './load-content'
import { ONET_ATTRIBUTION, BLS_CITATION } from './sources'
import { CatalogInputError, formatTsv } from './tsv'

/** Where the build reads its content and writes its output; tests point these at a temp folder. */
export interface CatalogPaths {
  catalog: string
  additions: string
  taxonomy: string
  salaries: string
  content: string
  extract: string
}

const PATHS: CatalogPaths = {
  catalog: join(ROOT, 'resources/catalog/catalog.json'),
  additions: join(ROOT, 'resources/catalog/taxonomy-onet.json'),
  taxonomy: join(ROOT, 'resources/catalog/taxonomy.json'),
  salaries: join(ROOT, 'resources/salaries/aijobs-salaries.json'),
  content: join(ROOT, 'scripts/catalog/content'),
  extract: join(ROOT, 'scripts/catalog/data'),
}

const EXTRACT_README = `# Catalog inputs (extract)

The rows of O*NET 29.3 and BLS Employment Projections 2024–34 that \`npm run catalog:build\`
reads, with the same file names and headers as the full data: skills and knowledge keep only
their importance rows, education only its required-level rows; nothing else is dropped and no
value is changed. Written by the build; do not edit. \`npm run catalog:check\` rebuilds the
catalog from here, which is how CI checks the committed catalog without the full data.

## O*NET 29.3 (CC BY 4.0)

${ONET_ATTRIBUTION}

Licence: https://creativecommons.org/licenses/by/4.0/ (https://www.onetcenter.org/license_db.html)

## BLS Employment Projections 2024–34 (public domain)

${BLS_CITATION}
`

/** Builds from `dataDir` with the content, taxonomy and salary index `paths` name. */
async function buildFrom(
  dataDir: string,
  paths: CatalogPaths = PATHS,
): Promise<{ rows: InputRows; text: ReturnType<typeof serialise> }> {
  const rows = await readInputs(dataDir)
  const content = await loadContent(paths.content)
  const taxonomy = TaxonomySchema.parse(JSON.parse(await readFile(paths.taxonomy, 'utf8')))
  const build = buildCatalog(rows, content, taxonomy, await salaryRowCounts(paths.salaries))
  return { rows, text: serialise(build) }
}

/** Writes every file to a temp file beside it, then renames them all into place. */
async function writeAll(files: readonly { path: string; text: string }[]): Promise<void> {
  const temps = files.map(({ path }) =>
    join(dirname(path), `.${basename(path)}.${process.pid}.tmp`),
  )
  try {
    for (const [at, { path, text }] of files.entries()) {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(temps[at] as string, text)
    }
    for (const [at, { path }] of files.entries()) await rename(temps[at] as string, path)
  } finally {
    for (const temp of temps) await rm(temp, { force: true })
  }
}

/**
 * Builds from `dataDir` and writes the catalog, the taxonomy additions and the extract, all or
 * none: an input error stops it before anything is written. Returns the catalog's text.
 */
export async function writeCatalog(dataDir: string, paths: CatalogPaths = PATHS): Promise<string> {
  const { rows, text } = await buildFrom(dataDir, paths)
  const extract = Object.entries(INPUT_FILES).map(([name, spec]: [string, InputFileSpec]) => ({
    path: join(paths.extract, spec.path),
    text: formatTsv(spec.columns, rows[name as keyof InputRows]),
  }))
  await writeAll([
    { path: paths.catalog, text: text.catalog },
    { path: paths.additions, text: text.additions },
    ...extract,
    { path: join(paths.extract, 'README.md'), text: EXTRACT_README },
  ])
  return text.catalog
}

async function build(dataDir: string): Promise<void> {
  const text = {
    catalog: await writeCatalog(dataDir),
    additions: await readFile(PATHS.additions, 'utf8'),
  }
  const catalog = JSON.parse(text.catalog) as { version: number; roles: { kind?: string }[] }
  const kinds = new Map<string, number>()
  for (const role of catalog.roles)
    kinds.set(role.kind ?? 'none', (kinds.get(role.kind ?? 'none') ?? 0) + 1)
  process.stdout.write(
    `Catalog ${catalog.version}: ${catalog.roles.length} roles (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${Buffer.byteLength(text.catalog)} bytes; ${JSON.parse(text.additions).entities.length} entities added.\n`,
  )
}

/** True when the committed catalog is what the committed extract and content build. */
export async function committedCatalogIsCurrent(): Promise<boolean> {
  const { text } = await buildFrom(PATHS.extract)
  const [catalog, additions] = await Promise.all([
    readFile(PATHS.catalog, 'utf8'),
    readFile(PATHS.additions, 'utf8'),
  ])
  return catalog === text.catalog && additions === text.additions
}

/** Runs `build [data folder]` or `check`; sets the exit code on failure. */
export async function run(args: readonly string[]): Promise<void> {
  try {
    await command(args)
  } catch (error) {
    console.error(error instanceof CatalogInputError ? `Nothing written. ${error.message}` : error)
    process.exitCode = 1
  }
}

async function command(args: readonly string[]): Promise<void> {
  if (args[0] === 'check') {
    if (!(await committedCatalogIsCurrent())) {
      console.error(
        'The committed catalog differs from what scripts/catalog builds: run npm run catalog:build.',
      )
      process.exitCode = 1
    } else process.stdout.write('The committed catalog matches its inputs.\n')
    return
  }
  await build(resolve(args[0] ?? join(ROOT, '../shared/data')))
}
