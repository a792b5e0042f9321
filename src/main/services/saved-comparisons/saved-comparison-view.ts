import type { SavedComparison, SavedComparisonView } from '../../../shared/domain/saved-comparison'

/**
 * A saved comparison as the renderer receives it: without `deletedAt`, with the ids of roles
 * no longer in the library, and with each role's current name (the saved name for a role that
 * was deleted since). `currentNames` maps every role in the library to its name.
 */
export function toView(
  saved: SavedComparison,
  currentNames: ReadonlyMap<string, string>,
): SavedComparisonView {
  return {
    id: saved.id,
    title: saved.title,
    roleIds: [...saved.roleIds],
    roleNames: saved.roleIds.map(
      (id, index) => currentNames.get(id) ?? saved.roleNames[index] ?? id,
    ),
    notes: saved.notes,
    tags: [...saved.tags],
    createdAt: saved.createdAt,
    updatedAt: saved.updatedAt,
    missingRoleIds: saved.roleIds.filter((id) => !currentNames.has(id)),
  }
}
