import { z } from 'zod'
import catalogJson from '../../../../resources/catalog/catalog.json'
import onetTaxonomyJson from '../../../../resources/catalog/taxonomy-onet.json'
import taxonomyJson from '../../../../resources/catalog/taxonomy.json'
import { CatalogSchema, type Catalog } from '../../../shared/domain/catalog'
import { EntitySchema, TaxonomySchema, type Taxonomy } from '../../../shared/domain/entity'

/** The entities `npm run catalog:build` adds for O*NET's technologies, skills and knowledge. */
const TaxonomyAdditionsSchema = z.object({
  version: z.number().int().positive(),
  /** O*NET's CC BY attribution, shipped with the data built from it. */
  attribution: z.string().min(1),
  entities: z.array(EntitySchema),
})

/**
 * The catalog and taxonomy shipped in `resources/catalog/`, validated like any outside input,
 * once, when main starts. The taxonomy is the hand-kept one plus the entities the catalog build
 * added; the schema rejects an id defined in both.
 */
export function loadBundledCatalog(): { catalog: Catalog; taxonomy: Taxonomy } {
  const base = TaxonomySchema.parse(taxonomyJson)
  const additions = TaxonomyAdditionsSchema.parse(onetTaxonomyJson)
  return {
    catalog: CatalogSchema.parse(catalogJson),
    taxonomy: TaxonomySchema.parse({
      version: base.version,
      entities: [...base.entities, ...additions.entities],
    }),
  }
}
