import type { ActivityEvent } from '../../../shared/domain/progress/types'
import { readdir } from 'node:fs/promises'
import { parseStamp, receive } from '../../../shared/sync/hlc'
import { BODY, isOpOfDevice, type Op } from '../../../shared/sync/ops'
import { splitRecordKey, type MergeChanges, type Replica } from '../../../shared/sync/replica'
import { fingerprintOf } from '../../../shared/sync/segment'
import { admitByClock } from '../../../shared/sync/skew'
import { stableOps, type DeviceProgress } from '../../../shared/sync/compaction'
import type { Store } from '../../store/db'
import { applyMerge, type AppliedMerge } from './apply-merge'
import { differences } from './capture'
import { devicesDir } from './layout'
import { FolderReader, type DeviceRead, type FolderRead, type ReadMarks } from './folder-reader'
import type { OpenSegment } from './folder-writer'
import type { Publisher } from './publisher'
import type { SyncContext } from './sync-context'
import type { SyncWarning } from './warnings'

/**
 * What is kept of a device's folder between reads: its `device.json` and newest op number,
 * without its ops. Only this device's own ops are ever looked at again (by the read that found
 * them), so keeping every device's would hold all the folder's ops in memory for nothing.
 */
export type KnownDevice = Omit<DeviceRead, 'segmentOps' | 'conflictCopies'>

/** What reading and merging the folder found, for the engine to finish the pass with. */
export type ReadOutcome = { kind: 'clone' } | { kind: 'merged'; warnings: SyncWarning[] }

/**
 * The reading and merging half of sync: reads every device's folder, holds back ops from a
 * clock too far ahead, moves this device's clock past what it read, and merges what is new
 * into the data file through the store's own update path (backed up first when it is the
 * first merge from a folder or a big one). On joining a folder it hands what this device
 * holds that the folder lacks to the publisher.
 */
export class Merger {
  readonly #context: SyncContext
  readonly #store: Store
  readonly #publisher: Publisher
  readonly #backupThreshold: number
  #reader = new FolderReader()
  /** Every device's folder as last read (a device file mid-copy keeps what was known). */
  readonly devices = new Map<string, KnownDevice>()
  /** Devices whose clocks are more than a day ahead. */
  quarantined = new Set<string>()
  /** Ops held back for a clock too far ahead; admitted once this clock catches up. */
  #held: Op[] = []
  /** Goes up each time a merge changed the data file. */
  revision = 0
  /** True while sync's own update runs, so its commit is not captured as a local change. */
  applying = false

  constructor(
    context: SyncContext,
    store: Store,
    publisher: Publisher,
    options: { backupThreshold?: number },
  ) {
    this.#context = context
    this.#store = store
    this.#publisher = publisher
    this.#backupThreshold = options.backupThreshold ?? 200
  }

  /** Forgets what was read: a new identity reads the folder again from the start. */
  reset(): void {
    this.#reader = new FolderReader()
    this.devices.clear()
  }

  /**
   * Carries on from an earlier run: the files it read are not read again, and the ops it held
   * back for their clocks are held again. Only with the replica kept from that same run.
   */
  resume(marks: ReadMarks, held: Op[]): void {
    this.#reader = new FolderReader(marks)
    this.#held = [...held]
  }

  /** What {@link resume} takes, as of now: the files read and the ops held back. */
  progress(): { marks: ReadMarks; held: Op[]; version: number } {
    return { marks: this.#reader.marks(), held: [...this.#held], version: this.#reader.version }
  }

  /** Lets go of ops held back for their clocks (a new folder has its own). */
  releaseHeld(): void {
    this.quarantined.clear()
    this.#held = []
  }

  /** Reads `folder` and merges what is new; says so instead when another install writes as this one. */
  async readAndMerge(folder: string, now: number): Promise<ReadOutcome> {
    const context = this.#context
    const early = this.#backupOnJoining(folder)
    let read: FolderRead
    try {
      read = await this.#reader.read(folder)
    } catch (error) {
      await early
      throw error
    }
    const taken = this.#take(read, now)
    // Settled before going on, taken or not: the merge below is written only after it.
    const backedUp = await early
    if (taken === null) return { kind: 'clone' }
    const { changes, warnings } = taken
    const joining = context.state.joinedFolder !== folder
    // Events only ever join the log, so those the merged state lacks after the merge are those
    // of the log as it is now: the join looks for them there, not among the tens of thousands
    // of events a first merge brings (every one of which the merged state holds).
    const ownEvents = this.#store.data.activity
    const invalid = await this.#merge(changes, context.state.mergedFolder !== folder, backedUp)
    for (const record of this.#noteUnusable(changes, invalid))
      warnings.push({ kind: 'invalid-record', record })
    if (joining) await this.#join(folder, ownEvents)
    this.#compact()
    return { kind: 'merged', warnings }
  }

  /**
   * Takes in what a read found: the ops admitted by their clocks go into the replica, and the
   * changes they make come back with the read's warnings; null when another install writes as
   * this one. Done apart from the merge that follows, so the ops read (tens of thousands after
   * a big read) are not held while the data file is updated: only the changes are.
   */
  #take(read: FolderRead, now: number): { changes: MergeChanges; warnings: SyncWarning[] } | null {
    const context = this.#context
    const own = read.devices.get(context.state.deviceId)
    if (own && this.#isClone(own)) return null
    for (const [id, { deviceId, device, maxSeq }] of read.devices) {
      const known = this.devices.get(id)
      // A device file being copied right now is not a device gone: keep what was known.
      this.devices.set(id, { deviceId, device: device ?? known?.device ?? null, maxSeq })
    }
    if (context.open === null) context.open = this.#openSegmentFrom(own)
    // Ops held back before are not in the read's newest clocks: with any, every op is looked at.
    const onlyRead = this.#held.length === 0
    const admitted = admitByClock(
      onlyRead ? read.ops : [...this.#held, ...read.ops],
      now,
      onlyRead ? largest(read.newestClocks.values()) : undefined,
    )
    this.#held = admitted.held
    this.quarantined = admitted.quarantinedDevices
    const warnings: SyncWarning[] = [...read.warnings]
    for (const deviceId of admitted.quarantinedDevices)
      warnings.push({ kind: 'clock-ahead', deviceId })
    this.#advanceClock(admitted.admitted, now, admitted.admitted === read.ops ? read : null)
    const changes = context.replica.apply(admitted.admitted)
    return { changes, warnings }
  }

  /**
   * The records this version cannot use, as of this merge: those `invalid` now, and those found
   * so before that this merge did not touch (a later write that makes one usable, or deletes
   * it, takes it off). Kept in the state file, so the warning lasts as long as the record is
   * left out, across passes and restarts, not only for the pass that met it.
   */
  #noteUnusable(changes: MergeChanges, invalid: readonly string[]): string[] {
    const state = this.#context.state
    const unusable = new Set(state.unusableRecords)
    for (const key of changes.records) {
      const { collection, recordId } = splitRecordKey(key)
      unusable.delete(`${collection}/${recordId}`)
    }
    for (const record of invalid) unusable.add(record)
    state.unusableRecords = [...unusable]
    return state.unusableRecords
  }

  /**
   * Drops the tombstones every active computer has seen (see compaction.ts): the devices in
   * the folder, less this one and the forgotten ones, each by what its `device.json` says.
   */
  #compact(): void {
    const { state, replica } = this.#context
    const active = new Map<string, DeviceProgress | null>()
    for (const [deviceId, read] of this.devices) {
      if (deviceId === state.deviceId || state.forgotten.includes(deviceId)) continue
      const device = read.device
      active.set(deviceId, device ? { lastSeq: device.lastSeq, seen: device.seen ?? {} } : null)
    }
    replica.compactTombstones(stableOps(replica.seen(), active))
  }

  /** How many deleted records sync still holds a tombstone for. */
  get tombstoneCount(): number {
    return this.#context.replica.tombstoneCount
  }

  /**
   * Publishes what this device holds that the folder lacks: everything, the first time. Its
   * events are looked for in `ownEvents`, the log before the merge (see {@link readAndMerge}).
   */
  async #join(folder: string, ownEvents: readonly ActivityEvent[]): Promise<void> {
    const context = this.#context
    const joined = this.#publisher.record(
      differences(
        this.#store.data,
        {
          recordOf: (collection, recordId) => context.replica.recordOf(collection, recordId),
          eventClock: (eventId) => context.replica.eventClock(eventId),
        },
        ownEvents,
      ),
      true,
    )
    // This device's own past events now have clocks: put the log in merged order again.
    const events = joined.flatMap((op) =>
      op.kind === 'event' ? [{ clock: op.clock, event: op.event }] : [],
    )
    const keys = [...new Set(events.map((entry) => entry.event.key))]
    if (events.length > 0) await this.#merge({ records: new Set<string>(), events, keys }, false)
    context.state.joinedFolder = folder
  }

  /**
   * The first merge from a folder is backed up first (see {@link #merge}). On joining a folder
   * that other computers already write to, when that merge nearly always comes, the backup is
   * written while the folder is read rather than after it: a first read can take a while, and
   * the backup holds the data as it was before anything from the folder came in either way.
   * True once it is on disk; false when none was taken (the merge takes it itself, and says so
   * if it cannot). A folder no other computer writes to yet gets none: it brings nothing.
   */
  async #backupOnJoining(folder: string): Promise<boolean> {
    const state = this.#context.state
    if (state.mergedFolder === folder || state.joinedFolder === folder) return false
    try {
      const others = (await readdir(devicesDir(folder))).filter((id) => id !== state.deviceId)
      if (others.length === 0) return false
      await this.#store.backup('pre-sync')
      return true
    } catch {
      return false
    }
  }

  /**
   * Merges `changes` into the data file, backed up first when asked or when it is big; the
   * data file is written only once that backup is on disk. `backedUp`: a backup of the data
   * before this merge was already taken (see {@link #backupOnJoining}).
   */
  async #merge(changes: MergeChanges, backup: boolean, backedUp = false): Promise<string[]> {
    if (changes.records.size === 0 && changes.events.length === 0) return []
    const context = this.#context
    const size = changes.records.size + changes.events.length
    if (backup || size > this.#backupThreshold) {
      if (!backedUp) await this.#store.backup('pre-sync')
      context.state.mergedFolder = context.state.folder
    }
    this.applying = true
    let update: Promise<AppliedMerge>
    try {
      update = this.#store.update((draft) => applyMerge(draft, context.replica, changes))
    } finally {
      this.applying = false
    }
    const applied = await update
    if (applied.changed > 0) this.revision++
    return applied.invalid
  }

  /**
   * Moves this clock past every stamp of `ops` (other devices'), so what this device does next
   * sorts after them. `read`: the folder read whose ops `ops` are, every one (none held back),
   * when there is one: its newest clocks say the same without a walk over 50,000 ops.
   */
  #advanceClock(ops: readonly Op[], now: number, read: FolderRead | null): void {
    const state = this.#context.state
    let newest: string | undefined
    if (read !== null) {
      const others = [...read.newestClocks].filter(([deviceId]) => deviceId !== state.deviceId)
      newest = largest(others.map(([, clock]) => clock))
    } else {
      for (const op of ops)
        if ((newest === undefined || op.clock > newest) && !isOpOfDevice(op.id, state.deviceId))
          newest = op.clock
    }
    const parsed = newest === undefined ? null : parseStamp(newest)
    if (parsed) state.clock = receive(state.clock, parsed, now)
  }

  /**
   * True when another install writes under this device's id: the folder holds ops numbered
   * past what this one made, a device file with another install's nonce, an open segment
   * that is not what this install last wrote, or a conflict copy of one of its segments. Only
   * this device writes its folder, so a syncer keeping two versions of one of its files means
   * a second writer; that one catches a copy that made as many changes as this one, at the
   * same moments (same op ids, same clocks), which the others cannot tell apart.
   */
  #isClone(own: DeviceRead): boolean {
    const state = this.#context.state
    if (own.maxSeq > state.seq || own.conflictCopies > 0) return true
    if (own.device !== null && own.device.installNonce !== state.installNonce) return true
    const openOps = own.segmentOps.get(state.openSegment)
    if (openOps === undefined) return false
    const count = state.openCount
    if (openOps.length >= count) {
      const written = openOps.length === count ? openOps : openOps.slice(0, count)
      if (
        state.lastWrittenChecksum !== null &&
        fingerprintOf(written) !== state.lastWrittenChecksum
      )
        return true
      // Ops past what this install wrote there can only be its own, written just before a
      // crash kept the state file from saying so: they are still queued here.
      return openOps.length > count && !allQueued(openOps.slice(count), state.pending)
    }
    // Fewer ops than this install wrote there. While it runs, only this install writes its
    // folder, so its file went back to another version because another install wrote it.
    if (this.#context.open !== null) return this.#context.open.number === state.openSegment
    // After a start it may be an older version of this install's own file, not synced back
    // yet (a profile moved to a computer whose folder lags): the log goes on in the next
    // segment. Not when it holds an op this install never made: that is the other copy's
    // version, and a copy that crashed after noticing it, before it took a new id, must
    // notice it again, or its own version of those ops is lost with nothing to carry it.
    return holdsOpsMadeElsewhere(openOps, this.#store.data.activity, this.#context.replica)
  }

  /** The open segment this device continues, from its own folder as read. */
  #openSegmentFrom(own: DeviceRead | undefined): OpenSegment {
    const state = this.#context.state
    const number = state.openSegment
    const ops = own?.segmentOps.get(number)
    if (state.openCount === 0) return { number, ops: [], checksum: null }
    if (ops !== undefined && ops.length === state.openCount)
      return { number, ops, checksum: state.lastWrittenChecksum }
    // The open segment is not here as written (not synced back yet, or lost): never shrink a
    // file others may have read whole; continue in the next one.
    return { number: number + 1, ops: [], checksum: null }
  }
}

/**
 * True when every one of `ops` (by id and clock) is among `pending`, the ops queued to
 * publish: after a crash part-way through publishing a long queue (a copy carrying its
 * history to a new id), that is a thousand ops looked up among a hundred thousand.
 */
function allQueued(ops: readonly Op[], pending: readonly Op[]): boolean {
  const queued = new Set(pending.map((op) => `${op.id}@${op.clock}`))
  return ops.every((op) => queued.has(`${op.id}@${op.clock}`))
}

/**
 * True when one of `ops`, found under this device's id in its own folder, is not one this
 * install made: an event its data file never held (`activity`, the log every change made
 * here joins), or a write whose register `replica` holds from that op id at another clock.
 * A write this install made and has since overtaken cannot be told apart, so it counts as
 * its own.
 */
function holdsOpsMadeElsewhere(
  ops: readonly Op[],
  activity: readonly ActivityEvent[],
  replica: Replica,
): boolean {
  const eventIds = new Set<string>()
  for (const op of ops) {
    if (op.kind === 'event') {
      eventIds.add(op.event.id)
      continue
    }
    const registers = replica.registersOf(op.collection, op.recordId)
    for (const name of op.kind === 'remove' ? [BODY] : Object.keys(op.fields)) {
      const held = registers.get(name)
      if (held !== undefined && held.opId === op.id && held.clock !== op.clock) return true
    }
  }
  for (const event of activity) if (eventIds.delete(event.id) && eventIds.size === 0) break
  return eventIds.size > 0
}

/** The largest of `clocks` as text (clock stamps sort as text), or undefined for none. */
function largest(clocks: Iterable<string>): string | undefined {
  let newest: string | undefined
  for (const clock of clocks) if (newest === undefined || clock > newest) newest = clock
  return newest
}
