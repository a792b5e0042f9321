import type { Steps } from '../../../shared/domain/article-import/steps'
import type { ParsedArticle, ParsedItem } from '../../../shared/importer/types'

/** How many items one step visits. */
const ITEMS_PER_STEP = 500

/**
 * Visits every item of `article`'s lists (each role's, then the shared ones), in order, a
 * few hundred items a step: the largest article holds 25,000, and a walk over all of them
 * at once held main 2 to 8 ms. Stops at the first item `visit` answers true for; returns
 * whether one did.
 */
export function* someItemSteps(
  article: ParsedArticle,
  visit: (item: ParsedItem) => boolean,
): Steps<boolean> {
  const lists = [
    ...article.roles.flatMap((role) => Object.values(role.sections)),
    ...Object.values(article.sharedSections),
  ].filter((section): section is ParsedItem[] => Array.isArray(section))
  for (const items of lists) {
    for (let start = 0; start < items.length; start += ITEMS_PER_STEP) {
      const end = Math.min(items.length, start + ITEMS_PER_STEP)
      for (let index = start; index < end; index++) {
        if (visit(items[index] as ParsedItem)) return true
      }
      yield
    }
  }
  return false
}
