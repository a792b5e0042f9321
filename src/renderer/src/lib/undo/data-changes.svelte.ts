import type { UndoStep } from './undo-step'

/**
 * Counts the changes to stored data made outside the screen that shows it, such as an undo
 * clicked in a notification after the user has moved on. Every `AsyncResource` reads it when
 * it loads, so whichever screen is open at the time fetches its data again.
 */
class DataChanges {
  revision = $state(0)
  /** The newest undo that ran, so a screen can tell its own change was just undone. */
  lastUndo = $state.raw<UndoStep | undefined>(undefined)

  /** Says that stored data changed; every open screen fetches what it shows again. */
  changed(undone?: UndoStep): void {
    if (undone) this.lastUndo = undone
    this.revision += 1
  }
}

/** The one counter the whole app shares. */
export const dataChanges = new DataChanges()
