import type { Comparison } from '@shared/domain/compare/types'

/** What the grid and the full-text view of a comparison both take. */
export interface ComparisonViewProps {
  comparison: Comparison
  differencesOnly: boolean
  /** Moves the column at `index` one place left (-1) or right (+1). */
  onmove: (index: number, offset: -1 | 1) => void
  onremove: (index: number) => void
}
