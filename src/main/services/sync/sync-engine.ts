import { hostname } from 'node:os'
import { formatStamp, parseStamp, receive, tick } from '../../../shared/sync/hlc'
import { deviceOfOpId, type Op } from '../../../shared/sync/ops'
import { Replica, type MergeChanges } from '../../../shared/sync/replica'
import { fingerprintOf } from '../../../shared/sync/segment'
import { admitByClock } from '../../../shared/sync/skew'
import type { DurableFs } from '../../store/durable-fs'
import type { Store } from '../../store/db'
import { applyMerge, type AppliedMerge } from './apply-merge'
import { captureChanges, differences, type Change } from './capture'
import type { DeviceFile } from './device-file'
import { FolderReader, type DeviceRead } from './folder-reader'
import { publishedSegment, publishOps, writeDeviceFile, type OpenSegment } from './folder-writer'
import { freshState, loadLocalState, saveLocalState, type LocalSyncState } from './local-state'
import type { SyncDeviceView, SyncStatus } from '../../../shared/sync/status'
import { describeWarning, type SyncWarning } from './warnings'
import { SYNC_FORMAT } from '../../../shared/sync/ops'

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
 * commit listener) become ops in this device's own log in the folder, and every other
 * device's ops are merged into the data file through the store's normal update path. The data
 * file stays the app's source of truth; the folder is only ever added to.
 */
export class SyncEngine {
  readonly #store: Store
  readonly #options: SyncEngineOptions
  readonly #now: () => number
  #state: LocalSyncState
  #replica = new Replica()
  #reader = new FolderReader()
  /** The open segment as in the folder; null until read after start. */
  #open: OpenSegment | null = null
  #devices = new Map<string, DeviceRead>()
  #warnings: SyncWarning[] = []
  #quarantined = new Set<string>()
  /** Ops held back for a clock too far ahead; admitted once this clock catches up. */
  #held: Op[] = []
  #error: string | null = null
  #running = false
  #revision = 0
  /** True while sync's own update runs, so its commit is not captured as a local change. */
  #applying = false
  #queue: Promise<unknown> = Promise.resolve()
  #stateWrite: Promise<void> = Promise.resolve()
  readonly #unsubscribe: () => void

  private constructor(store: Store, state: LocalSyncState, options: SyncEngineOptions) {
    this.#store = store
    this.#state = state
    this.#options = options
    this.#now = options.now ?? Date.now
    this.#replica.apply(state.pending)
    this.#unsubscribe = store.onCommit((previous, next) => {
      if (this.#applying || this.#state.folder === null) return
      this.#record(captureChanges(previous, next))
    })
  }

  /** Loads this install's sync state (a fresh one on first use) and starts listening. */
  static async open(store: Store, options: SyncEngineOptions): Promise<SyncEngine> {
    const state = await loadLocalState(options.stateFilePath, defaultDeviceName())
    return new SyncEngine(store, state, options)
  }

  /** Turns local changes into this device's ops: stamped, merged here and queued to publish. */
  #record(changes: Change[], dated = false): Op[] {
    if (changes.length === 0) return []
    const ops = changes.map((change, index) =>
      dated && change.kind === 'event' ? this.#stampAt(change, index) : this.#stampNow(change),
    )
    this.#replica.apply(ops)
    this.#state.pending.push(...ops)
    this.#state.lastChangeAt = new Date(this.#now()).toISOString()
    // Written ahead of publishing, so a change made just before a crash is still shared.
    void this.#saveState().catch(() => undefined)
    this.#options.onLocalChange?.()
    return ops
  }

  #stampNow(change: Change): Op {
    this.#state.clock = tick(this.#state.clock, this.#now())
    return this.#opOf(change, formatStamp(this.#state.clock, this.#state.deviceId))
  }

  /**
   * A joining device's past progress keeps its own time: stamped when it happened, so against
   * another device's history the later change wins, as the user would expect.
   */
  #stampAt(change: Change & { kind: 'event' }, index: number): Op {
    const wall = Math.max(0, Math.min(Date.parse(change.event.at), this.#now()))
    return this.#opOf(
      change,
      formatStamp({ wall, counter: index % 1_000_000 }, this.#state.deviceId),
    )
  }

  #opOf(change: Change, clock: string): Op {
    this.#state.seq++
    const id = `${this.#state.deviceId}:${this.#state.seq}`
    return change.kind === 'event'
      ? { kind: 'event', id, clock, event: change.event }
      : { ...change, id, clock }
  }

  /** Saves the state file; writes queue so the newest state always lands last. */
  #saveState(): Promise<void> {
    const snapshot = structuredClone(this.#state)
    this.#stateWrite = this.#stateWrite
      .catch(() => undefined)
      .then(() => saveLocalState(this.#options.stateFilePath, snapshot))
    return this.#stateWrite
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
      const folder = this.#state.folder
      if (folder !== null && this.#open !== null) await this.#publish(folder)
      return this.status()
    })
  }

  async #syncOnce(): Promise<void> {
    const folder = this.#state.folder
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
    const now = this.#now()
    const read = await this.#reader.read(folder)
    const own = read.devices.get(this.#state.deviceId)
    if (own && this.#isClone(own)) {
      await this.#takeNewIdentity()
      return this.#pass(folder)
    }
    for (const [id, device] of read.devices) {
      const known = this.#devices.get(id)
      // A device file being copied right now is not a device gone: keep what was known.
      this.#devices.set(
        id,
        device.device === null && known ? { ...device, device: known.device } : device,
      )
    }
    if (this.#open === null) this.#open = this.#openSegmentFrom(own)
    const admitted = admitByClock([...this.#held, ...read.ops], now)
    this.#held = admitted.held
    this.#quarantined = admitted.quarantinedDevices
    const warnings: SyncWarning[] = [...read.warnings]
    for (const deviceId of admitted.quarantinedDevices)
      warnings.push({ kind: 'clock-ahead', deviceId })
    this.#advanceClock(admitted.admitted, now)
    const changes = this.#replica.apply(admitted.admitted)
    const joining = this.#state.joinedFolder !== folder
    const invalid = await this.#merge(changes, this.#state.mergedFolder !== folder)
    warnings.push(...invalid.map((record): SyncWarning => ({ kind: 'invalid-record', record })))
    if (joining) {
      // What this device holds that the folder lacks: everything, the first time.
      const joined = this.#record(differences(this.#store.data, this.#joinView()), true)
      // This device's own past events now have clocks: put the log in merged order again.
      const events = joined.flatMap((op) =>
        op.kind === 'event' ? [{ clock: op.clock, event: op.event }] : [],
      )
      if (events.length > 0) await this.#merge({ records: new Set<string>(), events }, false)
      this.#state.joinedFolder = folder
    }
    try {
      await this.#publish(folder)
      await writeDeviceFile(folder, this.#deviceFile(now), this.#options.folderFs)
    } catch (error) {
      warnings.push({
        kind: 'write-failed',
        detail: error instanceof Error ? error.message : String(error),
      })
    }
    this.#warnings = warnings
    this.#state.lastSyncAt = new Date(now).toISOString()
    await this.#saveState()
  }

  /** The merged state as the join compares it, with this device's own past edits re-dated. */
  #joinView(): Parameters<typeof differences>[1] {
    return {
      recordOf: (collection, recordId) => this.#replica.recordOf(collection, recordId),
      eventClock: (eventId) => this.#replica.eventClock(eventId),
    }
  }

  /** Merges `changes` into the data file, backed up first when asked or when it is big. */
  async #merge(changes: MergeChanges, backup: boolean): Promise<string[]> {
    if (changes.records.size === 0 && changes.events.length === 0) return []
    const size = changes.records.size + changes.events.length
    if (backup || size > (this.#options.backupThreshold ?? 200)) {
      await this.#store.backup('pre-sync')
      this.#state.mergedFolder = this.#state.folder
    }
    this.#applying = true
    let update: Promise<AppliedMerge>
    try {
      update = this.#store.update((draft) => applyMerge(draft, this.#replica, changes))
    } finally {
      this.#applying = false
    }
    const applied = await update
    if (applied.changed > 0) this.#revision++
    return applied.invalid
  }

  /** Moves this clock past every stamp read, so what this device does next sorts after them. */
  #advanceClock(ops: readonly Op[], now: number): void {
    let newest: string | null = null
    for (const op of ops)
      if (deviceOfOpId(op.id) !== this.#state.deviceId && (newest === null || op.clock > newest))
        newest = op.clock
    const parsed = newest === null ? null : parseStamp(newest)
    if (parsed) this.#state.clock = receive(this.#state.clock, parsed, now)
  }

  /**
   * True when another install writes under this device's id: the folder holds ops numbered
   * past what this one made, a device file with another install's nonce, or an open segment
   * that is not what this install last wrote.
   */
  #isClone(own: DeviceRead): boolean {
    if (own.maxSeq > this.#state.seq) return true
    if (own.device !== null && own.device.installNonce !== this.#state.installNonce) return true
    const openOps = own.segmentOps.get(this.#state.openSegment)
    return (
      openOps !== undefined &&
      openOps.length === this.#state.openCount &&
      this.#state.lastWrittenChecksum !== null &&
      fingerprintOf(openOps) !== this.#state.lastWrittenChecksum
    )
  }

  /** Takes a new device id; this device's data is published again under it by the join. */
  async #takeNewIdentity(notice: string | null = CLONE_NOTICE): Promise<void> {
    const fresh = freshState(this.#state.deviceName)
    this.#state = {
      ...fresh,
      deviceName: this.#state.deviceName,
      folder: this.#state.folder,
      clock: this.#state.clock,
      forgotten: this.#state.forgotten,
      cloneNotice: notice,
    }
    this.#replica = new Replica()
    this.#reader = new FolderReader()
    this.#open = null
    this.#devices.clear()
    await this.#saveState()
  }

  /** The open segment this device continues, from its own folder as read. */
  #openSegmentFrom(own: DeviceRead | undefined): OpenSegment {
    const number = this.#state.openSegment
    const ops = own?.segmentOps.get(number)
    if (this.#state.openCount === 0) return { number, ops: [], checksum: null }
    if (ops !== undefined && ops.length === this.#state.openCount)
      return { number, ops, checksum: this.#state.lastWrittenChecksum }
    // The open segment is not here as written (not synced back yet, or lost): never shrink a
    // file others may have read whole; continue in the next one.
    return { number: number + 1, ops: [], checksum: null }
  }

  async #publish(folder: string): Promise<void> {
    if (this.#open === null || this.#state.pending.length === 0) return
    const pending = [...this.#state.pending]
    const before = structuredClone(this.#state)
    const open = publishedSegment(this.#open, pending)
    this.#state.pending = this.#state.pending.slice(pending.length)
    this.#state.openSegment = open.number
    this.#state.openCount = open.ops.length
    this.#state.lastWrittenChecksum = open.checksum
    // The state and the segment are written side by side: a crash between them leaves a state
    // that is ahead of the folder, which the next start reads as "continue in a new segment".
    const [written] = await Promise.allSettled([
      publishOps(folder, this.#state.deviceId, this.#open, pending, this.#options.folderFs),
      this.#saveState(),
    ])
    if (written.status === 'rejected') {
      // Nothing was published: the ops stay pending and the log where it was.
      this.#state = {
        ...this.#state,
        ...pick(before),
        pending: [...pending, ...this.#state.pending],
      }
      await this.#saveState()
      throw written.reason
    }
    this.#open = written.value
  }

  #deviceFile(now: number): DeviceFile {
    return {
      format: SYNC_FORMAT,
      deviceId: this.#state.deviceId,
      name: this.#state.deviceName,
      installNonce: this.#state.installNonce,
      lastSegment: this.#open?.number ?? this.#state.openSegment,
      lastSeq: this.#state.seq - this.#state.pending.length,
      lastChangeAt: this.#state.lastChangeAt,
      lastSyncAt: new Date(now).toISOString(),
      forgotten: this.#state.forgotten,
    }
  }

  /** Starts syncing through `folder` (or switches to it): the next pass joins it. */
  async chooseFolder(folder: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      if (this.#state.folder !== folder) {
        // A new folder gets a new identity: this device's log there starts afresh and can
        // never overwrite segments it wrote into that folder in an earlier spell.
        await this.#takeNewIdentity(null)
        this.#state.folder = folder
        this.#warnings = []
        this.#quarantined.clear()
        this.#held = []
      }
      await this.#syncOnce()
      return this.status()
    })
  }

  /** Stops syncing; the data here stays as it is, and the folder is left untouched. */
  async disable(): Promise<SyncStatus> {
    return this.#serial(async () => {
      this.#state.folder = null
      this.#state.joinedFolder = null
      this.#state.pending = []
      this.#error = null
      this.#warnings = []
      this.#devices.clear()
      await this.#saveState()
      return this.status()
    })
  }

  /** Names this computer as the other computers list it. */
  async setDeviceName(name: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      this.#state.deviceName = name.trim()
      await this.#saveState()
      if (this.#state.folder !== null)
        await writeDeviceFile(this.#state.folder, this.#deviceFile(this.#now())).catch(
          () => undefined,
        )
      return this.status()
    })
  }

  /** Hides a retired computer from the list; its changes stay merged. */
  async forgetDevice(deviceId: string): Promise<SyncStatus> {
    return this.#serial(async () => {
      if (deviceId !== this.#state.deviceId && !this.#state.forgotten.includes(deviceId))
        this.#state.forgotten.push(deviceId)
      await this.#saveState()
      return this.status()
    })
  }

  /** Clears the once-only notice after the user has seen it. */
  async dismissNotice(): Promise<SyncStatus> {
    this.#state.cloneNotice = null
    await this.#saveState()
    return this.status()
  }

  /** This install's device id: it also marks which copy of the data made an activity event. */
  get deviceId(): string {
    return this.#state.deviceId
  }

  status(): SyncStatus {
    const state = this.#state
    const nameOf = (deviceId: string): string =>
      deviceId === state.deviceId
        ? 'this computer'
        : this.#devices.get(deviceId)?.device?.name || 'another computer'
    const devices: SyncDeviceView[] = [...this.#devices.values()]
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
        clockAhead: this.#quarantined.has(device.deviceId),
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
      revision: this.#revision,
    }
  }

  /** Stops listening and waits for folder work and the state file. */
  async close(): Promise<void> {
    this.#unsubscribe()
    await this.#queue
    await this.#stateWrite.catch(() => undefined)
  }
}

/** The open-segment fields of a state, to put back after a failed publish. */
function pick(state: LocalSyncState): Partial<LocalSyncState> {
  return {
    openSegment: state.openSegment,
    openCount: state.openCount,
    lastWrittenChecksum: state.lastWrittenChecksum,
  }
}

/** This computer's name as the system knows it, for a first device name. */
function defaultDeviceName(): string {
  return hostname().slice(0, 60) || 'This computer'
}
