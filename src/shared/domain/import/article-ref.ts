import type { ParsedArticle } from '../../importer/types'
import type { ArticleRef } from '../role'
import { slugify, uniqueId } from './slug'

/** Enough words for two role names and the "vs" between them. */
const TITLE_MAX_WORDS = 12

/**
 * The reference an imported article is cited by. Importing the same article again (same
 * title) keeps its id, so items are not credited to two copies of one article; otherwise the
 * id is made from the title, unique among the catalog's and the imported articles.
 */
export function articleRefFor(
  article: ParsedArticle,
  imported: readonly ArticleRef[],
  catalog: readonly ArticleRef[],
): ArticleRef {
  const again = imported.find((known) => known.title === article.title)
  const taken = new Set([...imported, ...catalog].map((known) => known.id))
  // "A vs. B: A Comprehensive Comparison" → "a-vs-b", as the catalog names its articles.
  const base = slugify(article.title.split(':')[0] ?? '', 'article', TITLE_MAX_WORDS)
  return {
    id: again?.id ?? uniqueId(base, taken),
    title: article.title,
    listings: article.jobs,
  }
}
