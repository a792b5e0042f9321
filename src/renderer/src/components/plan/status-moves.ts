import { recount } from '@shared/domain/progress/count-statuses'
import type { ProgressCounts, ProgressStatus } from '@shared/domain/progress/types'

/**
 * How many more (or fewer) items the screen shows in each status than main's plan counts: the
 * net of every tick shown and not yet in a plan fetched from main.
 */
export type StatusMoves = Readonly<Record<ProgressStatus, number>>

/** No tick shown: the counts are main's own. */
export const NO_MOVES: StatusMoves = { todo: 0, learning: 0, done: 0, skipped: 0 }

/** `moves` with one item shown in status `to` instead of `from`. */
export function moved(moves: StatusMoves, from: ProgressStatus, to: ProgressStatus): StatusMoves {
  if (from === to) return moves
  const next = { ...moves }
  next[from] -= 1
  next[to] += 1
  return next
}

/**
 * `counts` with `moves` applied; `counts` itself when nothing moved, so what draws them is not
 * drawn again for a tick that came back to main's status.
 */
export function withMoves(counts: ProgressCounts, moves: StatusMoves): ProgressCounts {
  const { todo, learning, done, skipped } = moves
  if (todo === 0 && learning === 0 && done === 0 && skipped === 0) return counts
  // recount with no changes works the percent out as main does, from the moved counts.
  return recount(
    {
      ...counts,
      todo: counts.todo + todo,
      learning: counts.learning + learning,
      done: counts.done + done,
      skipped: counts.skipped + skipped,
    },
    [],
  )
}
