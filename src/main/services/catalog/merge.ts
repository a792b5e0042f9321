import type { Catalog } from '../../../shared/domain/catalog'
import type { Role } from '../../../shared/domain/role'

/** The part of the database a catalog merge reads and replaces. */
export interface CatalogState {
  catalogVersion: number
  roles: Role[]
}

/**
 * Merges a newer built-in catalog into the stored roles: built-in roles are replaced by the
 * catalog's, the user's own and imported roles are kept as they are. Returns null when the
 * stored catalog is already this version or newer, so nothing is written.
 */
export function mergeBuiltInCatalog(state: CatalogState, catalog: Catalog): CatalogState | null {
  if (catalog.version <= state.catalogVersion) return null
  const ownRoles = state.roles.filter((role) => role.origin !== 'builtin')
  // A user's role keeps its id even if a later catalog ships one with the same id.
  const takenIds = new Set(ownRoles.map((role) => role.id))
  const builtIn = catalog.roles.filter((role) => !takenIds.has(role.id))
  return { catalogVersion: catalog.version, roles: [...builtIn, ...ownRoles] }
}
