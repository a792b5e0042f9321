import { errorMessage } from '../api'
import { dataChanges } from '../undo/data-changes.svelte'
import { runUndoStep, type UndoStep } from '../undo/undo-step'

/** A short message at the bottom of the window, optionally with one action such as Undo. */
export interface Toast {
  id: number
  message: string
  action?: { label: string; run: () => void | Promise<void> } | undefined
}

const DEFAULT_DURATION_MS = 8000
/** An undo is worth more than a plain message, so it stays longer before it goes. */
const UNDO_DURATION_MS = 15000
/** After the pointer or focus leaves, toasts whose time ran out meanwhile go after this. */
const GRACE_AFTER_PAUSE_MS = 2000

/**
 * The app's toasts: newest last, each gone after its time or when acted on. While the user
 * points at or tabs into them their time stands still, so one cannot vanish under the mouse.
 */
export class Toasts {
  items = $state<Toast[]>([])
  #nextId = 1
  #paused = false
  // Toasts whose time ran out while paused: they go once the pause ends. Bookkeeping the
  // screen never reads, so a plain set.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #due = new Set<number>()

  /** The toast shown in full: the newest. */
  get latest(): Toast | undefined {
    return this.items.at(-1)
  }

  /** Older toasts still live, newest first: reachable behind the latest one. */
  get earlier(): Toast[] {
    return this.items.slice(0, -1).reverse()
  }

  show(message: string, action?: Toast['action'], durationMs = DEFAULT_DURATION_MS): number {
    const id = this.#nextId++
    this.items = [...this.items, { id, message, action }]
    setTimeout(() => this.#expire(id), durationMs)
    return id
  }

  /**
   * Shows `message` with an Undo that puts back what `step` describes. The undo needs
   * nothing from the screen that offered it, so it works after the user has moved on; once
   * done, every open screen fetches its data again and `undoneMessage` says what came back.
   */
  offerUndo(message: string, step: UndoStep, undoneMessage: string): number {
    return this.show(
      message,
      {
        label: 'Undo',
        run: async () => {
          try {
            await runUndoStep(step)
            this.show(undoneMessage)
            dataChanges.changed(step)
          } catch (error) {
            this.show(errorMessage(error))
            dataChanges.changed()
          }
        },
      },
      UNDO_DURATION_MS,
    )
  }

  dismiss(id: number): void {
    this.#due.delete(id)
    this.items = this.items.filter((toast) => toast.id !== id)
  }

  /** Runs a toast's action once, then removes the toast. */
  async act(toast: Toast): Promise<void> {
    this.dismiss(toast.id)
    await toast.action?.run()
  }

  /** Holds every toast while the user reads or reaches for one. */
  pause(): void {
    this.#paused = true
  }

  /** Lets time run again; toasts whose time ran out meanwhile go shortly after. */
  resume(): void {
    this.#paused = false
    for (const id of this.#due) setTimeout(() => this.#expire(id), GRACE_AFTER_PAUSE_MS)
    this.#due.clear()
  }

  #expire(id: number): void {
    if (this.#paused) this.#due.add(id)
    else this.dismiss(id)
  }
}

/** The one toast queue the whole app shares. */
export const toasts = new Toasts()
