import type { ParsedArticle } from '../../importer/types'
import type { ArticleRef } from '../role'
import { slugify, uniqueId } from './slug'
import { normaliseText } from './text-match'

/** Enough words for two role names and the "vs" between them. */
const TITLE_MAX_WORDS = 12

/** "AI Programmer vs. Data Manager: A Comprehensive Comparison" → "ai programmer vs data manager". */
function comparedRoles(title: string): string {
  return normaliseText(title.split(':')[0] ?? title)
}

/**
 * The article already known under this title: one the user imported (same title), or a
 * built-in one (the catalog names its articles by the "A vs. B" part of the title). Null
 * when the article is new to the library.
 */
export function knownArticle(
  title: string,
  imported: readonly ArticleRef[],
  catalog: readonly ArticleRef[],
): { ref: ArticleRef; from: 'imported' | 'catalog' } | null {
  const exact = imported.find((known) => known.title === title)
  if (exact) return { ref: exact, from: 'imported' }
  const roles = comparedRoles(title)
  const similar = imported.find((known) => comparedRoles(known.title) === roles)
  if (similar && normaliseText(similar.title) === normaliseText(title)) {
    return { ref: similar, from: 'imported' }
  }
  const builtIn = catalog.find((known) => comparedRoles(known.title) === roles)
  return builtIn ? { ref: builtIn, from: 'catalog' } : null
}

/**
 * The reference an imported article is cited by. Importing the same article again (same
 * title) keeps its id, so items are not credited to two copies of one article; a built-in
 * article imported again is cited by its catalog id. Otherwise the id is made from the
 * title, unique among the catalog's and the imported articles.
 */
export function articleRefFor(
  article: ParsedArticle,
  imported: readonly ArticleRef[],
  catalog: readonly ArticleRef[],
): ArticleRef {
  const known = knownArticle(article.title, imported, catalog)
  if (known?.from === 'catalog') return known.ref
  const taken = new Set([...imported, ...catalog].map((ref) => ref.id))
  // "A vs. B: A Comprehensive Comparison" → "a-vs-b", as the catalog names its articles.
  const base = slugify(article.title.split(':')[0] ?? '', 'article', TITLE_MAX_WORDS)
  return {
    id: known?.ref.id ?? uniqueId(base, taken),
    title: article.title,
    listings: article.jobs,
  }
}
