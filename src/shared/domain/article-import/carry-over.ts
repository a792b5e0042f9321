import type { Provenance, Role, RoleItem } from '../role'
import { sectionKeys } from '../sections'
import type { RoleContribution } from './contribution'
import { mergeIntoRole } from './merge-role'

// What of an item the new catalog cannot know: the item whole when the user's import added it,
// or just the imported articles a catalog item was also credited to.
function importedPart<T extends { provenance: Provenance }>(
  item: T,
  catalogArticleIds: ReadonlySet<string>,
): T | null {
  if (item.provenance.origin !== 'catalog') return item
  const articleIds = item.provenance.articleIds.filter((id) => !catalogArticleIds.has(id))
  return articleIds.length === 0 ? null : { ...item, provenance: { origin: 'import', articleIds } }
}

function importedItems(
  items: readonly RoleItem[],
  catalogArticleIds: ReadonlySet<string>,
): RoleItem[] {
  return items.flatMap((item) => importedPart(item, catalogArticleIds) ?? [])
}

/**
 * A built-in role from a newer catalog, with what the user merged into its previous version
 * kept: imported items are merged in again (near-duplicates of new catalog items only add
 * their article to it), and so are the aliases imports added. Catalog items keep the
 * catalog's new wording.
 */
export function carryOverImports(
  previous: Role,
  next: Role,
  catalogArticleIds: ReadonlySet<string>,
): Role {
  const contribution: RoleContribution = {
    name: next.name,
    aliases: previous.aliases,
    summary: null,
    sections: Object.fromEntries(
      sectionKeys.map((key) => [key, importedItems(previous.sections[key], catalogArticleIds)]),
    ) as Role['sections'],
    outlook: {
      statements: importedItems(previous.outlook.statements, catalogArticleIds),
      figures: previous.outlook.figures.flatMap(
        (figure) => importedPart(figure, catalogArticleIds) ?? [],
      ),
    },
  }
  return mergeIntoRole(next, contribution).role
}

/** True when anything in the role came from an article the user imported. */
export function hasImports(role: Role, catalogArticleIds: ReadonlySet<string>): boolean {
  return [
    ...sectionKeys.flatMap((key) => role.sections[key]),
    ...role.outlook.statements,
    ...role.outlook.figures,
  ].some((item) => importedPart(item, catalogArticleIds) !== null)
}
