import type { OutlookFigure, Provenance, Role, RoleItem } from '../role'
import { sectionKeys } from '../sections'

const credited = (item: { provenance: Provenance }, userArticleIds: ReadonlySet<string>): boolean =>
  item.provenance.origin !== 'catalog' ||
  item.provenance.articleIds.some((id) => userArticleIds.has(id))

/**
 * The built-in roles the user's imports changed: an item or figure that is not the catalog's
 * own, or a catalog item that also cites an article the user imported. An export carries
 * these, since the built-in roles themselves ship with the app.
 */
export function builtInRolesWithContributions(
  roles: readonly Role[],
  userArticleIds: ReadonlySet<string>,
): Role[] {
  return roles.filter(
    (role) =>
      role.origin === 'builtin' &&
      [
        ...sectionKeys.flatMap((key) => role.sections[key]),
        ...role.outlook.statements,
        ...role.outlook.figures,
      ].some((item) => credited(item, userArticleIds)),
  )
}

/**
 * This app's built-in role with what the user had contributed to it, as an export kept it
 * (`saved`): the items and figures the user's imports added, in the order the user saw them,
 * the user's articles their catalog items were credited to, and the aliases gained. What
 * the catalog says (name, summary, its items' wording) is always this app's own: a file
 * never rewrites a built-in role, and a catalog update since the export keeps its new
 * wording, with catalog items it dropped gone and new ones added at the end of their list.
 */
function restoreContributions(
  current: Role,
  saved: Role,
  userArticleIds: ReadonlySet<string>,
): Role {
  function restore<T extends RoleItem | OutlookFigure>(
    now: readonly T[],
    before: readonly T[],
  ): T[] {
    const present = new Map(now.map((item) => [item.id, item]))
    const placed = new Set<string>()
    const list: T[] = []
    for (const item of before) {
      const ours = present.get(item.id)
      if (ours && placed.has(ours.id)) continue
      if (item.provenance.origin !== 'catalog') {
        // The user's item, unless the catalog has since taken its id; kept where it stood.
        if (!ours) list.push(item)
        else if (ours.provenance.origin !== 'catalog') {
          placed.add(ours.id)
          list.push(ours)
        }
        continue
      }
      // A catalog item this app's catalog no longer has is gone.
      if (!ours || ours.provenance.origin !== 'catalog') continue
      placed.add(ours.id)
      const userIds = item.provenance.articleIds.filter((id) => userArticleIds.has(id))
      const articleIds = [...new Set([...ours.provenance.articleIds, ...userIds])]
      list.push({ ...ours, provenance: { ...ours.provenance, articleIds } })
    }
    for (const item of now) if (!placed.has(item.id)) list.push(item)
    return list
  }
  const aliases = [...current.aliases]
  for (const alias of saved.aliases) {
    if (alias !== current.name && !aliases.includes(alias)) aliases.push(alias)
  }
  return {
    ...current,
    aliases,
    sections: Object.fromEntries(
      sectionKeys.map((key) => [key, restore(current.sections[key], saved.sections[key])]),
    ) as Role['sections'],
    outlook: {
      statements: restore(current.outlook.statements, saved.outlook.statements),
      figures: restore(current.outlook.figures, saved.outlook.figures),
    },
  }
}

/**
 * The roles with the saved contributions put back into the built-in roles they were made to;
 * a saved role whose built-in role this app does not have is left out.
 */
export function withContributionsRestored(
  roles: readonly Role[],
  saved: readonly Role[] | undefined,
  userArticleIds: ReadonlySet<string>,
): Role[] {
  if (!saved || saved.length === 0) return [...roles]
  const byId = new Map(saved.map((role) => [role.id, role]))
  return roles.map((role) => {
    const contribution = role.origin === 'builtin' ? byId.get(role.id) : undefined
    return contribution ? restoreContributions(role, contribution, userArticleIds) : role
  })
}
