import { errorMessage } from '../api'
import { dataChanges } from '../undo/data-changes.svelte'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/**
 * One value fetched from main, with its loading and error state. Only the newest request
 * may set the value, so a slow answer to an old search never replaces a newer one.
 */
export class AsyncResource<T> {
  status = $state<LoadStatus>('idle')
  /** Kept while a reload runs, so the screen does not flash empty between searches. */
  value = $state.raw<T | undefined>(undefined)
  error = $state('')
  #latest = 0

  async load(fetch: () => Promise<T>): Promise<void> {
    // Read before the first await, so an effect that loads this loads it again when an undo
    // in a notification changes stored data behind the open screen.
    void dataChanges.revision
    const request = ++this.#latest
    this.status = 'loading'
    try {
      const value = await fetch()
      if (request !== this.#latest) return
      this.value = value
      this.status = 'ready'
    } catch (error) {
      if (request !== this.#latest) return
      this.error = errorMessage(error)
      this.status = 'error'
    }
  }
}
