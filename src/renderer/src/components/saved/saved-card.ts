import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import type { Route } from '../../lib/route'

/** One role named on a saved comparison's card. */
export interface SavedCardRole {
  id: string
  /**
   * What goes before the name, hidden from screen readers: a dot between names, nothing before
   * the first. A value, not markup: Svelte trims the spaces around a dot written inside a tag.
   */
  separator: '' | ' · '

  /** The role's name as saved, and "(no longer in the library)" after it once it has left. */
  text: string
  /** True once the role has left the library. */
  gone: boolean
}

/**
 * The roles a saved comparison's card names, in its column order, as plain values: the card
 * draws each as one span, with no block of its own to decide between a present and a missing
 * role. Leaving the saved list tears every card down in the click that opens a comparison, so
 * each block a card holds is paid for there.
 */
export function savedCardRoles(comparison: SavedComparisonView): SavedCardRole[] {
  const missing = new Set(comparison.missingRoleIds)
  return comparison.roleIds.map((id, index) => {
    const name = comparison.roleNames[index] ?? id
    const gone = missing.has(id)
    return {
      id,
      separator: index === 0 ? '' : ' · ',
      gone,
      text: gone ? `${name} (no longer in the library)` : name,
    }
  })
}

/**
 * The compare route a saved comparison's link opens: its roles still in the library, the saved
 * comparison named, so the screen shows its title, notes and tags.
 */
export function savedCardRoute(
  comparison: SavedComparisonView,
): Extract<Route, { name: 'compare' }> {
  const missing = new Set(comparison.missingRoleIds)
  return {
    name: 'compare',
    roleIds: comparison.roleIds.filter((id) => !missing.has(id)),
    differencesOnly: false,
    savedId: comparison.id,
  }
}
