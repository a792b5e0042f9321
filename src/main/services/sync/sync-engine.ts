import { hostname } from 'node:os'
import type { DurableFs } from '../../store/durable-fs'
import type { Store } from '../../store/db'
import { captureChanges } from './capture'
import { writeDeviceFile } from './folder-writer'
import { freshState, loadLocalState, newInstallNonce } from './local-state'
import { MergedResume } from './merged-resume'
import { mergedStateFileFor } from './merged-state'
import { forgetDevice, noticeReturnedDevices, unforgetDevice } from './forgotten-devices'
import { Merger } from './merger'
import { Publisher } from './publisher'
import { SyncContext } from './sync-context'
import type { SyncStatus } from '../../../shared/sync/status'
import { syncStatusOf } from './status-view'
import type { SyncWarning } from './warnings'
import { Replica } from '../../../shared/sync/replica'
import { changesToCarry, type OwnChanges } from '../../../shared/sync/carried-writes'

/** Options of {@link SyncEngine}. */
export interface SyncEngineOptions {
  /** `sync-state.json` in the user-data folder: this install's id, clock and unsent changes. */
  stateFilePath: string
  /** What has been merged, kept across starts (see merged-state.ts); beside the state file unless given. */
  mergedFilePath?: string
  /** Milliseconds since 1970; tests move clocks apart. */
  now?: () => number
  /** A merge that changes more than this many records and events is backed up first. */
  backupThreshold?: number
  /** Called after a local change was recorded, so the caller can publish soon. */
  onLocalChange?: () => void
  /** The file-system calls that writing to the folder makes; tests make them fail (a full disk). */
  folderFs?: DurableFs
  /** The file-system calls that saving the state file makes; tests slow them down. */
  stateFs?: DurableFs
}

const CLONE_NOTICE =
  'Another copy of Role Atlas (a restored backup or a copied profile) was syncing as this computer, so this computer now syncs under a new identity. Nothing was lost. If both copies are in use, give each computer its own name.'

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
  /** What has been merged, kept across starts (see merged-resume.ts). */
  readonly #merged: MergedResume
  /** False until the state file holds this install's id (see {@link deviceId}). */
  #stateSaved: boolean
  /**
   * The save of the identity this device is about to write to the folder under, while it is
   * under way (see {@link chooseFolder}): the pass waits for it before its first write there,
   * so a crash never leaves the folder naming an install nonce this install does not know.
   */
  #identitySaved: Promise<void> = Promise.resolve()

  private constructor(
    store: Store,
    context: SyncContext,
    options: SyncEngineOptions,
    stateSaved: boolean,
  ) {
    this.#context = context
    this.#stateSaved = stateSaved
    this.#publisher = new Publisher(context, options.onLocalChange)
    this.#merger = new Merger(context, store, this.#publisher, options)
    this.#merged = new MergedResume({
      filePath: options.mergedFilePath ?? mergedStateFileFor(options.stateFilePath),
      context,
      merger: this.#merger,
      store,
      serial: (work) => this.#serial(work),
    })
    this.#unsubscribe = store.onCommit((previous, next) => {
      if (this.#merger.applying || this.#context.state.folder === null) return
      this.#publisher.record(captureChanges(previous, next))
    })
  }

  /** Loads this install's sync state (a fresh one on first use) and starts listening. */
  static async open(store: Store, options: SyncEngineOptions): Promise<SyncEngine> {
    const { state, saved } = await loadLocalState(options.stateFilePath, defaultDeviceName())
    const context = new SyncContext(state, {
      stateFilePath: options.stateFilePath,
      now: options.now ?? Date.now,
      ...(options.folderFs ? { folderFs: options.folderFs } : {}),
      ...(options.stateFs ? { stateFs: options.stateFs } : {}),
    })
    return new SyncEngine(store, context, options, saved)
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
    await this.#merged.resumeOnce(folder)
    const outcome = await this.#merger.readAndMerge(folder, now)
    if (outcome.kind === 'clone') {
      // What this copy made under the shared id may lose its place in the folder to the other
      // copy's ops under the same ids: it is published again under the new id.
      const deviceId = context.state.deviceId
      await this.#takeNewIdentity(CLONE_NOTICE, {
        writes: context.replica.writesOf(deviceId),
        events: context.replica.eventsStampedBy(deviceId),
      })
      return this.#pass(folder)
    }
    const warnings = outcome.warnings
    noticeReturnedDevices(context.state, this.#merger.devices)
    await this.#identitySaved
    let deviceFile: Promise<unknown> = Promise.resolve(null)
    try {
      await this.#publisher.publish(folder)
      deviceFile = this.#publisher.writeDeviceFile(folder, now).then(
        () => null,
        (error: unknown) => error,
      )
    } catch (error) {
      warnings.push(writeFailed(error))
    }
    context.state.lastSyncAt = new Date(now).toISOString()
    // The device file and the state file are written side by side: each is replaced
    // atomically, and neither says anything the other must be on disk for (the identity it
    // names was saved before this run first wrote to the folder).
    const [failed] = await Promise.all([deviceFile, context.saveState()])
    if (failed !== null) warnings.push(writeFailed(failed))
    this.#warnings = warnings
    this.#merged.saveBehind()
  }

  /**
   * Takes a new device id; this device's data is published again under it by the join. A
   * copy's own changes under the id it leaves (`own`, see carried-writes.ts) are queued under
   * the new id first, and the state file takes the id and that queue in one atomic write: a
   * crash before it leaves the old id (the next read notices the copy again, and this runs
   * again), a crash after it the new id with all it owes the folder queued, never a new id
   * that forgot what it had to share. Queued in `pending`, they stay in the state file until
   * the folder holds them, as a first join's history does; their op numbers are given now, so
   * publishing them again after a crash part-way writes the same ops, which merge once.
   */
  async #takeNewIdentity(notice: string | null, own?: OwnChanges): Promise<void> {
    const context = this.#context
    const carried = own === undefined ? [] : changesToCarry(own)
    const fresh = freshState(context.state.deviceName)
    context.state = {
      ...fresh,
      deviceName: context.state.deviceName,
      folder: context.state.folder,
      clock: context.state.clock,
      forgotten: context.state.forgotten,
      forgottenAt: context.state.forgottenAt,
      hasSynced: context.state.folder !== null,
      cloneNotice: notice,
    }
    this.#publisher.republish(carried)
    this.#startAfresh()
    await context.saveState()
  }

  /** Forgets everything merged: the next pass reads the whole folder. */
  #startAfresh(): void {
    const context = this.#context
    context.replica = new Replica()
    context.replica.apply(context.state.pending)
    context.open = null
    context.state.unusableRecords = []
    this.#merger.reset()
    this.#merged.startAfresh()
  }

  /** Starts syncing through `folder` (or switches to it): the next pass joins it. */
  async chooseFolder(folder: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      const state = this.#context.state
      if (state.folder !== folder) {
        await this.#merged.remove()
        if (state.hasSynced) {
          // A new folder gets a new identity: this device's log there starts afresh and can
          // never overwrite segments it wrote into that folder in an earlier spell.
          await this.#takeNewIdentity(null)
        } else {
          // The id has only marked this install's changes so far: it keeps it, so those
          // changes and the ones to come share one origin. A new install nonce tells apart
          // copies of a profile copied while sync was off (they hold the same id).
          state.installNonce = newInstallNonce()
          this.#startAfresh()
        }
        this.#context.state.folder = folder
        this.#context.state.hasSynced = true
        // Saved while the folder is read: it only has to be on disk before this device writes
        // there (see #identitySaved), and reading can start now.
        const identity = this.#context.saveState()
        identity.catch(() => undefined)
        this.#identitySaved = identity
        this.#warnings = []
        this.#merger.releaseHeld()
        try {
          await this.#syncOnce()
          // A state file that could not be saved fails the choice, as it always has.
          await identity
        } finally {
          this.#identitySaved = Promise.resolve()
        }
        return this.status()
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
      state.unusableRecords = []
      this.#error = null
      this.#warnings = []
      this.#merger.devices.clear()
      await this.#context.saveState()
      // What was merged from that folder is no use without it: a later start must not resume it.
      await this.#merged.remove()
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
      forgetDevice(
        this.#context.state,
        deviceId,
        Math.max(
          this.#context.replica.seen()[deviceId] ?? 0,
          this.#merger.devices.get(deviceId)?.device?.lastSeq ?? 0,
        ),
      )
      await this.#context.saveState()
      return this.status()
    })
  }

  /** Lists a forgotten computer again (the undo of {@link forgetDevice}). */
  async unforgetDevice(deviceId: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      unforgetDevice(this.#context.state, deviceId)
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

  /**
   * This install's device id: it also marks which copy of the data made an activity event, so
   * it is saved in the user-data folder the first time it is asked for, sync on or off; each
   * launch then marks its changes with the same id.
   */
  get deviceId(): string {
    if (!this.#stateSaved) {
      this.#stateSaved = true
      void this.#context.saveState().catch(() => {
        this.#stateSaved = false
      })
    }
    return this.#context.state.deviceId
  }

  /** What the Sync screen shows (see status-view.ts). */
  status(): SyncStatus {
    return syncStatusOf({
      state: this.#context.state,
      known: this.#merger.devices,
      quarantined: this.#merger.quarantined,
      running: this.#running,
      error: this.#error,
      warnings: this.#warnings,
      revision: this.#merger.revision,
    })
  }

  /** Stops listening and waits for folder work and the state file. */
  async close(): Promise<void> {
    this.#unsubscribe()
    await this.#queue
    await this.#context.settled()
  }
}

/** The warning for a write to the folder that failed. */
function writeFailed(error: unknown): SyncWarning {
  return { kind: 'write-failed', detail: error instanceof Error ? error.message : String(error) }
}

/** This computer's name as the system knows it, for a first device name. */
function defaultDeviceName(): string {
  return hostname().slice(0, 60) || 'This computer'
}
