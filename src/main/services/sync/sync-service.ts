import path from 'node:path'
import type { SyncStatus } from '../../../shared/sync/status'
import { AppError } from '../../../shared/ipc/result'
import type { ChooseOpenPath } from '../../dialogs/dialogs'
import type { Store } from '../../store/db'
import { SyncEngine, type SyncEngineOptions } from './sync-engine'

/** How often the folder is read while the app is open: cloud folders do not report changes reliably. */
const SYNC_INTERVAL_MS = 45_000
/** How soon after a local change it is written to the folder (a burst of ticks shares one write). */
const AFTER_CHANGE_MS = 2_000
/** Coming back to the window reads the folder unless it was read this recently. */
const FOCUS_QUIET_MS = 5_000

/** The state file beside the data file, in the user-data folder (never synced). */
function syncStateFileFor(dataFilePath: string): string {
  return path.join(path.dirname(dataFilePath), 'sync-state.json')
}

export interface SyncServiceOptions {
  chooseOpenPath: ChooseOpenPath
  engine?: Partial<SyncEngineOptions>
}

/**
 * Sync for the app: when to read the folder (on start, on focus, every 45 s, shortly after a
 * local change) and what the Sync screen can ask. It never holds up local use: every pass runs
 * in the background and its failures show in the status, to be retried by the next.
 */
export class SyncService {
  readonly #engine: SyncEngine
  readonly #chooseOpenPath: ChooseOpenPath
  #interval: ReturnType<typeof setInterval> | null = null
  #afterChange: ReturnType<typeof setTimeout> | null = null
  #lastPass = 0

  private constructor(engine: SyncEngine, chooseOpenPath: ChooseOpenPath) {
    this.#engine = engine
    this.#chooseOpenPath = chooseOpenPath
  }

  /** Loads this install's sync state and listens for local changes. */
  static async open(store: Store, options: SyncServiceOptions): Promise<SyncService> {
    // The engine is made first and told of local changes through this, once the service exists.
    const afterChange = { run: (): void => undefined }
    const engine = await SyncEngine.open(store, {
      stateFilePath: syncStateFileFor(store.filePath),
      ...options.engine,
      onLocalChange: () => afterChange.run(),
    })
    const service = new SyncService(engine, options.chooseOpenPath)
    afterChange.run = () => service.#scheduleAfterChange()
    return service
  }

  /** This install's device id, read by the services that log activity (see OriginIdSchema). */
  get deviceId(): string {
    return this.#engine.deviceId
  }

  /** Starts the timers and the first pass; returns at once. */
  boot(): void {
    this.#interval = setInterval(() => void this.#pass(), SYNC_INTERVAL_MS)
    // Node must not stay alive for this timer alone (tests, the harness).
    this.#interval.unref()
    void this.#pass()
  }

  #scheduleAfterChange(): void {
    if (this.#afterChange) clearTimeout(this.#afterChange)
    this.#afterChange = setTimeout(() => {
      this.#afterChange = null
      void this.#engine.publish()
    }, AFTER_CHANGE_MS)
    this.#afterChange.unref()
  }

  #pass(): Promise<SyncStatus> {
    this.#lastPass = Date.now()
    return this.#engine.sync()
  }

  /** The window came to the front: read the folder unless that was just done. */
  onFocus(): void {
    if (Date.now() - this.#lastPass > FOCUS_QUIET_MS) void this.#pass()
  }

  status(): SyncStatus {
    return this.#engine.status()
  }

  /** Asks for a folder (the system folder dialog) and starts syncing through it. */
  async chooseFolder(): Promise<SyncStatus> {
    const folder = await this.#chooseOpenPath('sync-folder')
    if (folder === null) return this.status()
    if (!path.isAbsolute(folder))
      throw new AppError('invalid-input', 'Choose a folder on this computer.')
    return this.#engine.chooseFolder(folder)
  }

  syncNow(): Promise<SyncStatus> {
    return this.#pass()
  }

  setDeviceName(name: string): Promise<SyncStatus> {
    return this.#engine.setDeviceName(name)
  }

  forgetDevice(deviceId: string): Promise<SyncStatus> {
    return this.#engine.forgetDevice(deviceId)
  }

  /** Lists a forgotten computer again: the undo of {@link forgetDevice}. */
  unforgetDevice(deviceId: string): Promise<SyncStatus> {
    return this.#engine.unforgetDevice(deviceId)
  }

  dismissNotice(): Promise<SyncStatus> {
    return this.#engine.dismissNotice()
  }

  /** Turns sync off; the data here stays, and the folder keeps what was written. */
  disable(): Promise<SyncStatus> {
    return this.#engine.disable()
  }

  /** Stops the timers and writes what is pending, then lets go of the store. */
  async shutdown(): Promise<void> {
    if (this.#interval) clearInterval(this.#interval)
    if (this.#afterChange) clearTimeout(this.#afterChange)
    await this.#engine.publish()
    await this.#engine.close()
  }
}
