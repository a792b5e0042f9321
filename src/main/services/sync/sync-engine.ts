import { hostname } from 'node:os'
import type { DurableFs } from '../../store/durable-fs'
import type { Store } from '../../store/db'
import { captureChanges } from './capture'
import { writeDeviceFile } from './folder-writer'
import { freshState, loadLocalState } from './local-state'
import { Merger } from './merger'
import { Publisher } from './publisher'
import { SyncContext } from './sync-context'
import type { SyncDeviceView, SyncStatus } from '../../../shared/sync/status'
import { describeWarning, type SyncWarning } from './warnings'
import { Replica } from '../../../shared/sync/replica'

/** Options of {@link SyncEngine}. */
export interface SyncEngineOptions {
  /** `sync-state.json` in the user-data folder: this install's id, clock and unsent changes. */
  stateFilePath: string
  /** Milliseconds since 1970; tests move clocks apart. */
  now?: () => number
  /** A merge that changes more than this many records and events is backed up first. */
  backupThreshold?: number
  /** Called after a local change was recorded, so the caller can publish soon. */
  onLocalChange?: () => void
  /** The file-system calls that writing to the folder makes; tests make them fail (a full disk). */
  folderFs?: DurableFs
}

const CLONE_NOTICE =
  'Another copy of Role Atlas (a restored backup or a copied profile) was syncing as this computer, so this computer now syncs under a new identity. Nothing was lost.'

/**
 * Keeps one data file in step with a sync folder: local changes (seen through the store's
 * commit listener) become ops in this device's own log in the folder (see {@link Publisher}),
 * and every other device's ops are merged into the data file through the store's normal update
 * path (see {@link Merger}). The data file stays the app's source of truth; the folder is only
 * ever added to. This class runs one pass at a time and answers the Sync screen.
 */
export class SyncEngine {
  readonly #context: SyncContext
  readonly #publisher: Publisher
  readonly #merger: Merger
  #warnings: SyncWarning[] = []
  #error: string | null = null
  #running = false
  #queue: Promise<unknown> = Promise.resolve()
  readonly #unsubscribe: () => void

  private constructor(store: Store, context: SyncContext, options: SyncEngineOptions) {
    this.#context = context
    this.#publisher = new Publisher(context, options.onLocalChange)
    this.#merger = new Merger(context, store, this.#publisher, options)
    this.#unsubscribe = store.onCommit((previous, next) => {
      if (this.#merger.applying || this.#context.state.folder === null) return
      this.#publisher.record(captureChanges(previous, next))
    })
  }

  /** Loads this install's sync state (a fresh one on first use) and starts listening. */
  static async open(store: Store, options: SyncEngineOptions): Promise<SyncEngine> {
    const state = await loadLocalState(options.stateFilePath, defaultDeviceName())
    const context = new SyncContext(state, {
      stateFilePath: options.stateFilePath,
      now: options.now ?? Date.now,
      ...(options.folderFs ? { folderFs: options.folderFs } : {}),
    })
    return new SyncEngine(store, context, options)
  }

  /** Runs folder work one pass at a time. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work)
    this.#queue = next.catch(() => undefined)
    return next
  }

  /** Reads the folder, merges what is new, publishes local changes. Never rejects. */
  sync(): Promise<SyncStatus> {
    return this.#serial(async () => {
      await this.#syncOnce()
      return this.status()
    })
  }

  /** Writes local changes to the folder now (after a change); never rejects. */
  publish(): Promise<SyncStatus> {
    return this.#serial(async () => {
      const folder = this.#context.state.folder
      if (folder !== null && this.#context.open !== null) await this.#publisher.publish(folder)
      return this.status()
    })
  }

  async #syncOnce(): Promise<void> {
    const folder = this.#context.state.folder
    if (folder === null) return
    this.#running = true
    try {
      await this.#pass(folder)
      this.#error = null
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error)
      this.#warnings = [{ kind: 'folder-unreadable', detail: this.#error }]
    } finally {
      this.#running = false
    }
  }

  async #pass(folder: string): Promise<void> {
    const context = this.#context
    const now = context.now()
    const outcome = await this.#merger.readAndMerge(folder, now)
    if (outcome.kind === 'clone') {
      await this.#takeNewIdentity()
      return this.#pass(folder)
    }
    const warnings = outcome.warnings
    try {
      await this.#publisher.publish(folder)
      await this.#publisher.writeDeviceFile(folder, now)
    } catch (error) {
      warnings.push({
        kind: 'write-failed',
        detail: error instanceof Error ? error.message : String(error),
      })
    }
    this.#warnings = warnings
    context.state.lastSyncAt = new Date(now).toISOString()
    await context.saveState()
  }

  /** Takes a new device id; this device's data is published again under it by the join. */
  async #takeNewIdentity(notice: string | null = CLONE_NOTICE): Promise<void> {
    const context = this.#context
    const fresh = freshState(context.state.deviceName)
    context.state = {
      ...fresh,
      deviceName: context.state.deviceName,
      folder: context.state.folder,
      clock: context.state.clock,
      forgotten: context.state.forgotten,
      cloneNotice: notice,
    }
    context.replica = new Replica()
    context.open = null
    this.#merger.reset()
    await context.saveState()
  }

  /** Starts syncing through `folder` (or switches to it): the next pass joins it. */
  async chooseFolder(folder: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      if (this.#context.state.folder !== folder) {
        // A new folder gets a new identity: this device's log there starts afresh and can
        // never overwrite segments it wrote into that folder in an earlier spell.
        await this.#takeNewIdentity(null)
        this.#context.state.folder = folder
        this.#warnings = []
        this.#merger.releaseHeld()
      }
      await this.#syncOnce()
      return this.status()
    })
  }

  /** Stops syncing; the data here stays as it is, and the folder is left untouched. */
  async disable(): Promise<SyncStatus> {
    return this.#serial(async () => {
      const state = this.#context.state
      state.folder = null
      state.joinedFolder = null
      state.pending = []
      this.#error = null
      this.#warnings = []
      this.#merger.devices.clear()
      await this.#context.saveState()
      return this.status()
    })
  }

  /** Names this computer as the other computers list it. */
  async setDeviceName(name: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      const state = this.#context.state
      state.deviceName = name.trim()
      await this.#context.saveState()
      if (state.folder !== null)
        await writeDeviceFile(state.folder, this.#publisher.deviceFile(this.#context.now())).catch(
          () => undefined,
        )
      return this.status()
    })
  }

  /**
   * Retires a computer: it leaves the list, and the deletes it has not seen no longer wait for
   * it before sync lets go of them. Its changes stay merged and its files are left alone.
   */
  async forgetDevice(deviceId: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      const state = this.#context.state
      if (deviceId !== state.deviceId && !state.forgotten.includes(deviceId))
        state.forgotten.push(deviceId)
      await this.#context.saveState()
      return this.status()
    })
  }

  /** Lists a forgotten computer again (the undo of {@link forgetDevice}). */
  async unforgetDevice(deviceId: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      const state = this.#context.state
      state.forgotten = state.forgotten.filter((id) => id !== deviceId)
      await this.#context.saveState()
      return this.status()
    })
  }

  /** How many deleted records sync still holds a tombstone for (they go once every active computer has seen them). */
  get tombstoneCount(): number {
    return this.#merger.tombstoneCount
  }

  /** Clears the once-only notice after the user has seen it. */
  async dismissNotice(): Promise<SyncStatus> {
    this.#context.state.cloneNotice = null
    await this.#context.saveState()
    return this.status()
  }

  /** This install's device id: it also marks which copy of the data made an activity event. */
  get deviceId(): string {
    return this.#context.state.deviceId
  }

  status(): SyncStatus {
    const state = this.#context.state
    const known = this.#merger.devices
    const nameOf = (deviceId: string): string =>
      deviceId === state.deviceId
        ? 'this computer'
        : known.get(deviceId)?.device?.name || 'another computer'
    const devices: SyncDeviceView[] = [...known.values()]
      .filter(
        (device) =>
          device.deviceId !== state.deviceId && !state.forgotten.includes(device.deviceId),
      )
      .map((device) => ({
        deviceId: device.deviceId,
        name: device.device?.name || 'Unnamed computer',
        thisDevice: false,
        lastChangeAt: device.device?.lastChangeAt ?? null,
        lastSyncAt: device.device?.lastSyncAt ?? null,
        clockAhead: this.#merger.quarantined.has(device.deviceId),
      }))
    devices.unshift({
      deviceId: state.deviceId,
      name: state.deviceName,
      thisDevice: true,
      lastChangeAt: state.lastChangeAt,
      lastSyncAt: state.lastSyncAt,
      clockAhead: false,
    })
    return {
      state:
        state.folder === null ? 'off' : this.#running ? 'syncing' : this.#error ? 'error' : 'idle',
      folder: state.folder,
      deviceId: state.deviceId,
      deviceName: state.deviceName,
      lastSyncAt: state.lastSyncAt,
      error: this.#error,
      pendingChanges: state.pending.length,
      devices,
      warnings: [...new Set(this.#warnings.map((warning) => describeWarning(warning, nameOf)))],
      notice: state.cloneNotice,
      revision: this.#merger.revision,
    }
  }

  /** Stops listening and waits for folder work and the state file. */
  async close(): Promise<void> {
    this.#unsubscribe()
    await this.#queue
    await this.#context.settled()
  }
}

/** This computer's name as the system knows it, for a first device name. */
function defaultDeviceName(): string {
  return hostname().slice(0, 60) || 'This computer'
}
