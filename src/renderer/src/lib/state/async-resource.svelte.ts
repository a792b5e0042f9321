import type { ErrorCode } from '@shared/ipc/result'
import { ApiError, errorMessage } from '../api'
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
  /** Main's code for the failure, so a screen can tell "gone" from "try again"; undefined when main was not reached. */
  errorCode = $state<ErrorCode | undefined>(undefined)
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
      this.errorCode = error instanceof ApiError ? error.code : undefined
      this.status = 'error'
    }
  }
}
