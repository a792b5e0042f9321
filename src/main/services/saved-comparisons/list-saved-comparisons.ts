import { normaliseSearchText } from '../../../shared/domain/library-search'
import type { SavedComparison, SavedComparisonView } from '../../../shared/domain/saved-comparison'
import { toView } from './saved-comparison-view'

function matches(view: SavedComparisonView, query: string): boolean {
  return [view.title, ...view.tags, ...view.roleNames].some((text) =>
    normaliseSearchText(text).includes(query),
  )
}

/**
 * The saved-comparisons list: comparisons not deleted whose title, a tag or a role name
 * contains `text` (trimmed, any case), most recently changed first, then by title.
 */
export function listSavedComparisons(
  comparisons: readonly SavedComparison[],
  currentNames: ReadonlyMap<string, string>,
  text: string,
): SavedComparisonView[] {
  const query = normaliseSearchText(text)
  return comparisons
    .filter((saved) => saved.deletedAt === undefined)
    .map((saved) => toView(saved, currentNames))
    .filter((view) => query === '' || matches(view, query))
    .sort(
      (a, b) =>
        Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title, 'en'),
    )
}
