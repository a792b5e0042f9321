import { formatStamp, tick } from '../../../shared/sync/hlc'
import { SYNC_FORMAT, type Op } from '../../../shared/sync/ops'
import type { Change } from './capture'
import type { DeviceFile } from './device-file'
import { publishedSegment, publishOps, writeDeviceFile } from './folder-writer'
import type { LocalSyncState } from './local-state'
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
    context.state.pending.push(...ops)
    context.state.lastChangeAt = new Date(context.now()).toISOString()
    // Written ahead of publishing, so a change made just before a crash is still shared.
    void context.saveState().catch(() => undefined)
    this.#onLocalChange?.()
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

  /** Writes the queued ops into the open segment; on failure they stay queued and it throws. */
  async publish(folder: string): Promise<void> {
    const context = this.#context
    if (context.open === null || context.state.pending.length === 0) return
    const pending = [...context.state.pending]
    const before = structuredClone(context.state)
    const open = publishedSegment(context.open, pending)
    context.state.pending = context.state.pending.slice(pending.length)
    context.state.openSegment = open.number
    context.state.openCount = open.ops.length
    context.state.lastWrittenChecksum = open.checksum
    // The state and the segment are written side by side: a crash between them leaves a state
    // that is ahead of the folder, which the next start reads as "continue in a new segment".
    const [written] = await Promise.allSettled([
      publishOps(folder, context.state.deviceId, context.open, pending, context.folderFs),
      context.saveState(),
    ])
    if (written.status === 'rejected') {
      // Nothing was published: the ops stay pending and the log where it was.
      context.state = {
        ...context.state,
        ...openSegmentFields(before),
        pending: [...pending, ...context.state.pending],
      }
      await context.saveState()
      throw written.reason
    }
    context.open = written.value
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
    }
  }
}

/** The open-segment fields of a state, to put back after a failed publish. */
function openSegmentFields(state: LocalSyncState): Partial<LocalSyncState> {
  return {
    openSegment: state.openSegment,
    openCount: state.openCount,
    lastWrittenChecksum: state.lastWrittenChecksum,
  }
}
