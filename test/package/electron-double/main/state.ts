import type { TestChannel } from '../protocol'

/** A window as the app and the other doubles see it (the BrowserWindow double implements it). */
export interface WindowInState {
  readonly id: number
  /** Closes the window as the user or a quit would: `close` (preventable), then `closed`. */
  close(): void
  isDestroyed(): boolean
}

/**
 * What the parts of the main-process double share: the wire to the test, the open windows,
 * and the quit that closing the last window may start.
 */
export interface MainState {
  readonly channel: TestChannel
  /** Open windows in creation order, as `BrowserWindow.getAllWindows()` lists them. */
  readonly windows: WindowInState[]
  /** True from `app.quit()` until the quit ends or is cancelled. */
  quitting: boolean
  /** Set by the app double: called when the last window closed while not quitting. */
  onAllWindowsClosed: () => void
}
