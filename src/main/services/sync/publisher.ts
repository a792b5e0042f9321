import { formatStamp, tick } from '../../../shared/sync/hlc'
import { SYNC_FORMAT, type Op } from '../../../shared/sync/ops'
import type { CarriedOp } from '../../../shared/sync/carried-writes'
import { appendAll } from '../../../shared/sync/append-all'
import type { Change } from './capture'
import type { DeviceFile } from './device-file'
import { publishOps, writeDeviceFile } from './folder-writer'
import type { SyncContext } from './sync-context'

/**
 * The publishing half of sync: local changes become this device's ops (stamped, merged here
 * and queued), and queued ops are written to this device's own folder, never anyone else's.
 */
export class Publisher {
  readonly #context: SyncContext
  readonly #onLocalChange: (() => void) | undefined

  constructor(context: SyncContext, onLocalChange?: () => void) {
    this.#context = context
    this.#onLocalChange = onLocalChange
  }

  /**
   * Turns local changes into this device's ops: stamped, merged here and queued to publish.
   * `dated` stamps events at the time they were made (a joining device's past progress).
   */
  record(changes: readonly Change[], dated = false): Op[] {
    if (changes.length === 0) return []
    const context = this.#context
    const ops = changes.map((change, index) =>
      dated && change.kind === 'event' ? this.#stampAt(change, index) : this.#stampNow(change),
    )
    context.replica.apply(ops)
    appendAll(context.state.pending, ops)
    context.state.lastChangeAt = new Date(context.now()).toISOString()
    // Written ahead of publishing, so a change made just before a crash is still shared.
    void context.saveState().catch(() => undefined)
    this.#onLocalChange?.()
    return ops
  }

  /**
   * Queues `carried` (a copy's own changes under the id it left, see carried-writes.ts) under this
   * device's id, each at the clock it was first made at, and returns the ops. Nothing here
   * changed (the data file already holds them), so nothing is merged or saved here: the caller
   * saves them with the new id (see SyncEngine's #takeNewIdentity).
   */
  republish(carried: readonly CarriedOp[]): Op[] {
    if (carried.length === 0) return []
    const ops = carried.map((change) => {
      if (change.kind === 'event') return this.#opOf(change, change.clock)
      const { kind, collection, recordId, clock, fields } = change
      return kind === 'remove'
        ? this.#opOf({ kind, collection, recordId }, clock)
        : this.#opOf({ kind, collection, recordId, fields: { ...fields } }, clock)
    })
    appendAll(this.#context.state.pending, ops)
    return ops
  }

  #stampNow(change: Change): Op {
    const state = this.#context.state
    state.clock = tick(state.clock, this.#context.now())
    return this.#opOf(change, formatStamp(state.clock, state.deviceId))
  }

  /**
   * A joining device's past progress keeps its own time: stamped when it happened, so against
   * another device's history the later change wins, as the user would expect.
   */
  #stampAt(change: Change & { kind: 'event' }, index: number): Op {
    const wall = Math.max(0, Math.min(Date.parse(change.event.at), this.#context.now()))
    return this.#opOf(
      change,
      formatStamp({ wall, counter: index % 1_000_000 }, this.#context.state.deviceId),
    )
  }

  #opOf(change: Change, clock: string): Op {
    const state = this.#context.state
    state.seq++
    const id = `${state.deviceId}:${state.seq}`
    // Keys in the schema's order: the reader on other computers then takes the op as it is.
    if (change.kind === 'event') return { kind: 'event', id, clock, event: change.event }
    const { kind, ...rest } = change
    return { kind, id, clock, ...rest } as Op
  }

  /**
   * Writes the queued ops into the open segment; on failure they stay queued, the log stays
   * where it was, and it throws. One durable write per change: the state file that records
   * where the log now stands is saved behind it, not waited for. A crash before that save
   * leaves a state a step behind the folder, which the next start reads as "the open segment
   * is not as I wrote it": it continues in a new segment, and the ops written twice merge
   * once (ops are unioned by id).
   */
  async publish(folder: string): Promise<void> {
    const context = this.#context
    if (context.open === null || context.state.pending.length === 0) return
    const pending = [...context.state.pending]
    const open = await publishOps(
      folder,
      context.state.deviceId,
      context.open,
      pending,
      context.folderFs,
    )
    const state = context.state
    context.open = open
    // Changes made while the segment was written stay queued for the next publish.
    state.pending = state.pending.slice(pending.length)
    state.openSegment = open.number
    state.openCount = open.ops.length
    state.lastWrittenChecksum = open.checksum
    void context.saveState().catch(() => undefined)
  }

  /** Writes this device's `device.json` as of `now`. */
  writeDeviceFile(folder: string, now: number): Promise<void> {
    return writeDeviceFile(folder, this.deviceFile(now), this.#context.folderFs)
  }

  /** What this device says about itself in its folder. */
  deviceFile(now: number): DeviceFile {
    const { state, open } = this.#context
    return {
      format: SYNC_FORMAT,
      deviceId: state.deviceId,
      name: state.deviceName,
      installNonce: state.installNonce,
      lastSegment: open?.number ?? state.openSegment,
      lastSeq: state.seq - state.pending.length,
      lastChangeAt: state.lastChangeAt,
      lastSyncAt: new Date(now).toISOString(),
      forgotten: state.forgotten,
      seen: seenOfOthers(this.#context.replica.seen(), state.deviceId),
    }
  }
}

/** What this device has merged of the others (its own log is `lastSeq`). */
function seenOfOthers(seen: Record<string, number>, self: string): Record<string, number> {
  return Object.fromEntries(Object.entries(seen).filter(([deviceId]) => deviceId !== self))
}
