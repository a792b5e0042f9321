import { errorMessage } from '../api'

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
