import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { CatalogSchema, type Catalog } from '../../../shared/domain/catalog'
import { EntitySchema, TaxonomySchema, type Taxonomy } from '../../../shared/domain/entity'

/** The entities `npm run catalog:build` adds for O*NET's technologies, skills and knowledge. */
const TaxonomyAdditionsSchema = z.object({
  version: z.number().int().positive(),
  /** O*NET's CC BY attribution, shipped with the data built from it. */
  attribution: z.string().min(1),
  entities: z.array(EntitySchema),
})

function readJson(dir: string, name: string): unknown {
  return JSON.parse(readFileSync(join(dir, name), 'utf8'))
}

/**
 * The built-in catalog and taxonomy in `dir` (the app's resources/catalog), read and validated
 * like any outside input, once, when main starts. They are read from disk rather than bundled:
 * catalog 2 is 2.2 MB, which would triple main's bundle. The taxonomy is the hand-kept one
 * plus the entities the catalog build added; the schema rejects an id defined in both.
 */
export function loadCatalogFrom(dir: string): { catalog: Catalog; taxonomy: Taxonomy } {
  const base = TaxonomySchema.parse(readJson(dir, 'taxonomy.json'))
  const additions = TaxonomyAdditionsSchema.parse(readJson(dir, 'taxonomy-onet.json'))
  return {
    catalog: CatalogSchema.parse(readJson(dir, 'catalog.json')),
    taxonomy: TaxonomySchema.parse({
      version: base.version,
      entities: [...base.entities, ...additions.entities],
    }),
  }
}

/** resources/catalog of this source checkout: for tests, the bench and scripts, not the app. */
export const SOURCE_CATALOG_DIR = resolve(import.meta.dirname, '../../../../resources/catalog')

/** The catalog of this source checkout (see {@link SOURCE_CATALOG_DIR}). */
export function loadBundledCatalog(): { catalog: Catalog; taxonomy: Taxonomy } {
  return loadCatalogFrom(SOURCE_CATALOG_DIR)
}
