import type { Store } from '../store/db'
import type { WindowBounds } from '../store/schema'

/** Remembers the main window's size and position across starts. */
export class WindowStateService {
  readonly #store: Store

  constructor(store: Store) {
    this.#store = store
  }

  saved(): WindowBounds | undefined {
    return this.#store.data.settings.windowBounds
  }

  async save(bounds: WindowBounds): Promise<void> {
    await this.#store.update((db) => {
      db.settings.windowBounds = bounds
    })
  }
}
