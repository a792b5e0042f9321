import catalogJson from '../../../../resources/catalog/catalog.json'
import taxonomyJson from '../../../../resources/catalog/taxonomy.json'
import { CatalogSchema, type Catalog } from '../../../shared/domain/catalog'
import { TaxonomySchema, type Taxonomy } from '../../../shared/domain/entity'

/** The catalog and taxonomy shipped in `resources/catalog/`, validated like any outside input. */
export function loadBundledCatalog(): { catalog: Catalog; taxonomy: Taxonomy } {
  return { catalog: CatalogSchema.parse(catalogJson), taxonomy: TaxonomySchema.parse(taxonomyJson) }
}
