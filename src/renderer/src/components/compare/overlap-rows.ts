import type { Comparison, GroupCounts } from '@shared/domain/compare/types'
import { routeHref } from '../../lib/route'

/** One cell of the similarity matrix: a pair's score, or a dash on the diagonal. */
interface MatrixCell {
  text: string
  /** On the diagonal: the role against itself. */
  self: boolean
}

/** One row of the similarity matrix: a role and its score against each column. */
export interface MatrixRow {
  name: string
  cells: readonly MatrixCell[]
}

/** One pair of roles as the summary explains it, with every text worked out. */
export interface PairView {
  key: string
  first: string
  second: string
  score: number
  explanation: string
  counts: GroupCounts
  /** Links to the move from the first role to the second, and back. */
  forward: string
  back: string
}

/**
 * The similarity matrix of a comparison: a row per role, a cell per column. Worked out once
 * per comparison, so the summary draws plain values and keeps no reactive state per cell.
 */
export function overlapMatrix(comparison: Comparison): MatrixRow[] {
  const scores = new Map<string, number>()
  for (const pair of comparison.pairs) {
    scores.set(`${pair.firstId}|${pair.secondId}`, pair.score)
    scores.set(`${pair.secondId}|${pair.firstId}`, pair.score)
  }
  return comparison.columns.map((row) => ({
    name: row.role.name,
    cells: comparison.columns.map((column) => {
      const self = row.role.id === column.role.id
      const score = scores.get(`${row.role.id}|${column.role.id}`)
      return { self, text: self ? '—' : score === undefined ? '–' : String(score) }
    }),
  }))
}

/** The comparison's pairs, named by their roles' names (the id when a name is missing). */
export function pairViews(comparison: Comparison): PairView[] {
  const names = new Map(comparison.columns.map((column) => [column.role.id, column.role.name]))
  return comparison.pairs.map((pair) => ({
    key: `${pair.firstId}|${pair.secondId}`,
    first: names.get(pair.firstId) ?? pair.firstId,
    second: names.get(pair.secondId) ?? pair.secondId,
    score: pair.score,
    explanation: pair.explanation,
    counts: pair.counts,
    forward: routeHref({ name: 'transition', fromId: pair.firstId, toId: pair.secondId }),
    back: routeHref({ name: 'transition', fromId: pair.secondId, toId: pair.firstId }),
  }))
}
