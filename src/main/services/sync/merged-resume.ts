import path from 'node:path'
import { Replica } from '../../../shared/sync/replica'
import type { Store } from '../../store/db'
import { deviceDir } from './layout'
import { loadMergedState, removeMergedState, saveMergedState } from './merged-state'
import type { Merger } from './merger'
import type { SyncContext } from './sync-context'

/** What {@link MergedResume} works with: the engine's parts, and its one-pass-at-a-time queue. */
export interface MergedResumeParts {
  /** `sync-merged.json` (see merged-state.ts). */
  filePath: string
  context: SyncContext
  merger: Merger
  store: Store
  /** Runs folder work after the work already queued (the engine's queue). */
  serial: (work: () => Promise<void>) => Promise<void>
}

/**
 * The resume path of sync: what this install has merged from the folder is saved after the
 * passes that changed it (see merged-state.ts), and the first pass of a later run carries on
 * from it instead of reading every file of the folder again.
 */
export class MergedResume {
  readonly #parts: MergedResumeParts
  /** True once this run has read the folder, or resumed from what an earlier run merged. */
  #resumed = false
  /** What the merged state last saved was made of (see {@link #fingerprint}). */
  #saved: string | null = null

  constructor(parts: MergedResumeParts) {
    this.#parts = parts
  }

  /**
   * Carries on from what an earlier run merged, once per run, before the first read: the
   * files it read are then not read again. This device's own open segment is always read
   * again, as publishing continues it. Without a saved state that fits, the whole folder is
   * read, as on a first start.
   */
  async resumeOnce(folder: string): Promise<void> {
    if (this.#resumed) return
    this.#resumed = true
    const { context, merger, store, filePath } = this.#parts
    const saved = await loadMergedState(
      filePath,
      { deviceId: context.state.deviceId, folder },
      store.data,
    ).catch(() => null)
    if (saved === null) return
    const own = deviceDir(folder, context.state.deviceId) + path.sep
    const replica = Replica.restore(saved.replica)
    // Changes made here since are not in it yet: they wait in `pending` (the rest of this
    // device's log is in its own files, read again when they changed).
    replica.apply(context.state.pending)
    context.replica = replica
    merger.resume(
      { ...saved.marks, files: saved.marks.files.filter(([file]) => !file.startsWith(own)) },
      saved.held,
    )
  }

  /** Everything merged was forgotten: there is nothing to resume from in this run. */
  startAfresh(): void {
    this.#resumed = true
    this.#saved = null
  }

  /** Removes the saved state (sync off, or another folder): no later start resumes from it. */
  async remove(): Promise<void> {
    this.#saved = null
    await removeMergedState(this.#parts.filePath).catch(() => undefined)
  }

  /**
   * Saves what has been merged, after the pass and as work of its own (the pass's result
   * does not wait for it), when it changed. A failed save only means the next start reads
   * more of the folder.
   */
  saveBehind(): void {
    void this.#parts.serial(async () => {
      // Let whoever waits for the pass have its result first.
      await new Promise((resolve) => setImmediate(resolve))
      const { context, merger, filePath } = this.#parts
      const folder = context.state.folder
      if (folder === null) return
      const fingerprint = this.#fingerprint(folder)
      if (fingerprint === this.#saved) return
      const progress = merger.progress()
      await saveMergedState(filePath, {
        deviceId: context.state.deviceId,
        folder,
        replica: context.replica.snapshot(),
        marks: progress.marks,
        held: progress.held,
      })
        .then(() => {
          this.#saved = fingerprint
        })
        .catch(() => undefined)
    })
  }

  /** What the merged state is made of, cheaply: it changes whenever the state saved would. */
  #fingerprint(folder: string): string {
    const { replica, state } = this.#parts.context
    const progress = this.#parts.merger.progress()
    return [
      state.deviceId,
      folder,
      replica.opCount,
      replica.tombstoneCount,
      progress.version,
      progress.held.length,
    ].join('|')
  }
}
