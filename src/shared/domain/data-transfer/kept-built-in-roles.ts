import type { Role } from '../role'

/**
 * The built-in roles that stay when a file's or a backup's own roles replace the user's: this
 * app's, since they ship with it, except one whose id an own role takes (as in a catalog merge).
 */
export function keptBuiltInRoles(current: readonly Role[], ownRoles: readonly Role[]): Role[] {
  const ownIds = new Set(ownRoles.map((role) => role.id))
  return current.filter((role) => role.origin === 'builtin' && !ownIds.has(role.id))
}
