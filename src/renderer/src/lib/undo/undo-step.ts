import type { PlanItem } from '@shared/domain/progress/types'
import { client } from '../api'

/**
 * What an Undo puts back, as plain data taken when the change was made. An undo may run
 * long after the screen that offered it has gone (its props read as undefined then), so it
 * must never read anything from that screen: everything it needs is in here.
 */
export type UndoStep =
  | { kind: 'restore-comparison'; id: string }
  | { kind: 'restore-plan'; id: string }
  | { kind: 'restore-plan-item'; planId: string; item: PlanItem; index: number }
  | { kind: 'undo-progress'; batchId: string }
  | { kind: 'restore-backup'; backupId: string }
  | { kind: 'undo-article-import'; undoId: string }

/** Asks main to put back what `step` describes; throws an `ApiError` when it cannot. */
export async function runUndoStep(step: UndoStep): Promise<void> {
  switch (step.kind) {
    case 'restore-comparison':
      await client.savedComparisons.restore({ id: step.id })
      return
    case 'restore-plan':
      await client.plans.restore({ id: step.id })
      return
    case 'restore-plan-item':
      await client.plans.restoreItem({ id: step.planId, item: step.item, index: step.index })
      return
    case 'undo-progress':
      await client.progress.undo({ batchId: step.batchId })
      return
    case 'restore-backup':
      await client.backups.restore({ id: step.backupId })
      return
    case 'undo-article-import':
      await client.articleImport.undo({ undoId: step.undoId })
      return
  }
}
