/** One full run of the bench: every group asked for, measured once, in a fresh directory. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Catalog } from '../../src/shared/domain/catalog'
import type { Taxonomy } from '../../src/shared/domain/entity'
import { toJsonText } from '../../src/main/store/json-file'
import type { Db } from '../../src/main/store/schema'
import { DATA_FILE_NAME } from '../../test/e2e/harness'
import { measureBundle } from './bundle-figure'
import { measureCatalog } from './catalog-figure'
import { measureImporter } from './importer-figure'
import { measureImportSave } from './import-save-figure'
import { measureLargestImport } from './import-largest-figures'
import type { FigureGroup, Repetitions } from './options'
import { measureRenderer } from './renderer-figures'
import type { Measurement } from './results'
import { measureSalaryStats } from './salary-figure'
import { measureStore } from './store-figures'
import { measureSync } from './sync-figures'

export interface RunInputs {
  root: string
  seed: number
  groups: readonly FigureGroup[]
  repetitions: Repetitions
  catalog: Catalog
  taxonomy: Taxonomy
  /** The data at full scale (300 roles). */
  db: Db
  /** The shipped catalog's roles alone, for the library and compare figures again. */
  catalogDb: Db
  progress: (message: string) => void
}

/**
 * Rounds of the largest article's preview and save: each takes seconds (two parses of 2 MB and
 * a write of the whole profile), so a full run makes five, not nine.
 */
const LARGEST_IMPORT_ROUNDS = 5

async function dataDirWith(dir: string, name: string, db: Db): Promise<string> {
  const dataDir = path.join(dir, name)
  await mkdir(dataDir)
  await writeFile(path.join(dataDir, DATA_FILE_NAME), toJsonText(db))
  return dataDir
}

/** Measures every group in `inputs.groups` once, in the order they cost least noise to others. */
export async function measureAll(inputs: RunInputs): Promise<Measurement[]> {
  const { root, seed, repetitions, catalog, taxonomy, db, progress } = inputs
  const wanted = new Set(inputs.groups)
  const dir = await mkdtemp(path.join(tmpdir(), 'role-atlas-bench-'))
  const measurements: Measurement[] = []
  try {
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
      measurements.push(...(await measureSync(db, syncDir, repetitions.syncRounds)))
    }
    if (wanted.has('renderer')) {
      measurements.push(
        ...(await measureRenderer({
          dataDir: await dataDirWith(dir, 'renderer', db),
          db,
          catalog: {
            dataDir: await dataDirWith(dir, 'renderer-catalog', inputs.catalogDb),
            db: inputs.catalogDb,
          },
          startupRounds: repetitions.startupRounds,
          clicks: repetitions.clicks,
          compareOpens: repetitions.compareOpens,
          tickClicks: repetitions.tickClicks,
          progress,
        })),
      )
    }
    if (wanted.has('bundle')) {
      measurements.push(await measureBundle(path.join(root, 'out/renderer')))
    }
    if (wanted.has('importer')) {
      progress('importer')
      measurements.push(measureImporter(taxonomy, seed, repetitions.articles))
      measurements.push(measureImportSave(db, taxonomy, seed, repetitions.rounds))
      progress('importer, the largest article')
      const dataDir = await dataDirWith(dir, 'importer', db)
      measurements.push(
        ...(await measureLargestImport({
          dataFile: path.join(dataDir, DATA_FILE_NAME),
          dir: path.join(dir, 'importer-largest'),
          taxonomy,
          catalogArticles: catalog.articles,
          seed,
          rounds: Math.min(repetitions.rounds, LARGEST_IMPORT_ROUNDS),
        })),
      )
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
  return measurements
}
