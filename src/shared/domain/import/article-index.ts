import type { ArticleRef } from '../role'

/**
 * Every article a role may cite, by id: the catalog's and the ones the user imported. Catalog
 * and imported ids never collide (an import picks an id the catalog does not use).
 */
export function articlesById(
  catalog: readonly ArticleRef[],
  imported: readonly ArticleRef[],
): ReadonlyMap<string, ArticleRef> {
  return new Map([...catalog, ...imported].map((article) => [article.id, article]))
}
