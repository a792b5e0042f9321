/** A short message at the bottom of the window, optionally with one action such as Undo. */
export interface Toast {
  id: number
  message: string
  action?: { label: string; run: () => void | Promise<void> } | undefined
}

const DEFAULT_DURATION_MS = 8000

/** The app's toasts: newest last, each gone after its time or when acted on. */
export class Toasts {
  items = $state<Toast[]>([])
  #nextId = 1

  show(message: string, action?: Toast['action'], durationMs = DEFAULT_DURATION_MS): number {
    const id = this.#nextId++
    this.items = [...this.items, { id, message, action }]
    setTimeout(() => this.dismiss(id), durationMs)
    return id
  }

  dismiss(id: number): void {
    this.items = this.items.filter((toast) => toast.id !== id)
  }

  /** Runs a toast's action once, then removes the toast. */
  async act(toast: Toast): Promise<void> {
    this.dismiss(toast.id)
    await toast.action?.run()
  }
}

/** The one toast queue the whole app shares. */
export const toasts = new Toasts()
