import type { SyncStatus } from '@shared/sync/status'
import { client, errorMessage } from '../api'

/** How often open screens ask main how sync stands: cheap, and main does the folder work. */
const SYNC_POLL_MS = 4_000

/**
 * How sync stands, shared by the top bar and the Sync section: polled from main, changed by the
 * Sync section's actions. When a sync brings changes from another computer, `onRemoteChange`
 * runs so what is on screen can be shown afresh.
 */
export class SyncState {
  status = $state.raw<SyncStatus | null>(null)
  /** The last action's failure, in main's words. */
  error = $state('')
  /** The action running now ('choose', 'now'…), to disable its button. */
  busy = $state<string | null>(null)
  #revision: number | null = null
  /** The last status taken, as text, to tell a poll that found nothing new. */
  #statusText = ''
  readonly #onRemoteChange: () => void

  constructor(onRemoteChange: () => void) {
    this.#onRemoteChange = onRemoteChange
  }

  /** Takes a status from main; a higher revision means data changed under the open screen. */
  #accept(status: SyncStatus): void {
    const previous = this.#revision
    this.#revision = status.revision
    // A poll every few seconds mostly finds what is shown; a new object would redraw the top
    // bar's status in the middle of whatever the user is doing.
    const text = JSON.stringify(status)
    if (text === this.#statusText) return
    this.#statusText = text
    this.status = status
    if (previous !== null && status.revision > previous) this.#onRemoteChange()
  }

  async refresh(): Promise<void> {
    try {
      this.#accept(await client.sync.status())
    } catch {
      // The next poll tries again; the Sync section shows action errors, not poll hiccups.
    }
  }

  /** Polls until the returned function is called. */
  poll(): () => void {
    void this.refresh()
    const timer = setInterval(() => void this.refresh(), SYNC_POLL_MS)
    return () => clearInterval(timer)
  }

  /** Runs one Sync action, keeping its result or its error. */
  async run(name: string, action: () => Promise<SyncStatus>): Promise<boolean> {
    this.busy = name
    this.error = ''
    try {
      this.#accept(await action())
      return true
    } catch (error) {
      this.error = errorMessage(error)
      return false
    } finally {
      this.busy = null
    }
  }

  chooseFolder = (): Promise<boolean> => this.run('choose', () => client.sync.chooseFolder())
  syncNow = (): Promise<boolean> => this.run('now', () => client.sync.now())
  disable = (): Promise<boolean> => this.run('disable', () => client.sync.disable())
  dismissNotice = (): Promise<boolean> => this.run('notice', () => client.sync.dismissNotice())
  setDeviceName = (name: string): Promise<boolean> =>
    this.run('name', () => client.sync.setDeviceName({ name }))
  forgetDevice = (deviceId: string): Promise<boolean> =>
    this.run(`forget:${deviceId}`, () => client.sync.forgetDevice({ deviceId }))
  unforgetDevice = (deviceId: string): Promise<boolean> =>
    this.run(`unforget:${deviceId}`, () => client.sync.unforgetDevice({ deviceId }))
}

/** True when the user is typing somewhere, so the screen must not be reloaded under them. */
function isTyping(): boolean {
  const active = document.activeElement
  return (
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement ||
    (active instanceof HTMLElement && active.isContentEditable)
  )
}

/** Set when changes arrived while the user was typing; the top bar offers to show them. */
export const remoteChanges = $state({ waiting: false })

/**
 * Shows changes from another computer: the screen reloads its data (the whole page, as every
 * screen reads main afresh on load), unless the user is typing; then the top bar offers it.
 */
function showRemoteChanges(): void {
  if (isTyping()) remoteChanges.waiting = true
  else window.location.reload()
}

/** The one sync state of the window. */
export const sync = new SyncState(showRemoteChanges)
