import type { ArticleRef } from '../role'

/**
 * Every article a role may cite, by id: the catalog's and the ones the user imported. Catalog
 * and imported ids never collide (an import picks an id the catalog does not use).
 */
export function articlesById(
  catalog: readonly ArticleRef[],
  imported: readonly ArticleRef[],
): ReadonlyMap<string, ArticleRef> {
  // The catalog's last, so it wins should an imported article ever carry a catalog id: a
  // built-in role never cites a source the user's data supplied.
  return new Map([...imported, ...catalog].map((article) => [article.id, article]))
}
