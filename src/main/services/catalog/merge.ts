import type { Catalog } from '../../../shared/domain/catalog'
import { carryOverImports, hasImports } from '../../../shared/domain/article-import/carry-over'
import type { Role } from '../../../shared/domain/role'

/** The part of the database a catalog merge reads and replaces. */
export interface CatalogState {
  catalogVersion: number
  roles: Role[]
}

/**
 * Merges a newer built-in catalog into the stored roles: built-in roles are replaced by the
 * catalog's, keeping what the user imported into them (see `carryOverImports`); a dropped
 * built-in role the user imported into stays as an imported role; the user's own and imported
 * roles are kept as they are. Returns null when the stored catalog is already this version or
 * newer, so nothing is written.
 */
export function mergeBuiltInCatalog(state: CatalogState, catalog: Catalog): CatalogState | null {
  if (catalog.version <= state.catalogVersion) return null
  const ownRoles = state.roles.filter((role) => role.origin !== 'builtin')
  // A user's role keeps its id even if a later catalog ships one with the same id.
  const takenIds = new Set(ownRoles.map((role) => role.id))
  const catalogArticleIds = new Set(catalog.articles.map((article) => article.id))
  const previous = new Map(
    state.roles.filter((role) => role.origin === 'builtin').map((role) => [role.id, role]),
  )
  const builtIn = catalog.roles
    .filter((role) => !takenIds.has(role.id))
    .map((role) => {
      const before = previous.get(role.id)
      return before ? carryOverImports(before, role, catalogArticleIds) : role
    })
  // A built-in role the new catalog drops is kept as the user's own if they imported into it.
  const shipped = new Set(catalog.roles.map((role) => role.id))
  const keptAsImported = [...previous.values()]
    .filter((role) => !shipped.has(role.id) && hasImports(role, catalogArticleIds))
    .map((role): Role => ({ ...role, origin: 'imported' }))
  return {
    catalogVersion: catalog.version,
    roles: [...builtIn, ...keptAsImported, ...ownRoles],
  }
}
