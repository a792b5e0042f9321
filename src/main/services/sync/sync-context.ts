import { Replica } from '../../../shared/sync/replica'
import type { DurableFs } from '../../store/durable-fs'
import type { OpenSegment } from './folder-writer'
import { saveLocalState, type LocalSyncState } from './local-state'

/**
 * What the publishing half and the merging half of sync share: this install's sync state, the
 * merged state of every op seen, and where this device's log stands in the folder. Either half
 * may replace them (a new identity starts them afresh), so both reach them through here.
 */
export class SyncContext {
  state: LocalSyncState
  replica = new Replica()
  /** The open segment as in the folder; null until read after start. */
  open: OpenSegment | null = null
  readonly now: () => number
  readonly folderFs: DurableFs | undefined
  readonly #stateFilePath: string
  readonly #stateFs: DurableFs | undefined
  #stateWrite: Promise<void> = Promise.resolve()

  constructor(
    state: LocalSyncState,
    options: {
      stateFilePath: string
      now: () => number
      folderFs?: DurableFs
      stateFs?: DurableFs
    },
  ) {
    this.state = state
    this.now = options.now
    this.folderFs = options.folderFs
    this.#stateFilePath = options.stateFilePath
    this.#stateFs = options.stateFs
    this.replica.apply(state.pending)
  }

  /** Saves the state file; writes queue so the newest state always lands last. */
  saveState(): Promise<void> {
    const snapshot = structuredClone(this.state)
    this.#stateWrite = this.#stateWrite
      .catch(() => undefined)
      .then(() => saveLocalState(this.#stateFilePath, snapshot, this.#stateFs))
    return this.#stateWrite
  }

  /** Waits for the state file's last write (its failure is the next pass's to report). */
  async settled(): Promise<void> {
    await this.#stateWrite.catch(() => undefined)
  }
}
