import { randomUUID } from 'node:crypto'
import { entitiesById, type Entity, type Taxonomy } from '../../../shared/domain/entity'
import {
  acceptsLevel,
  applyChange,
  eventsForUndo,
  sameState,
  UnknownBatchError,
} from '../../../shared/domain/progress'
import {
  EMPTY_PROGRESS,
  ProgressStateSchema,
  type ActivityEvent,
  type ProgressRecord,
} from '../../../shared/domain/progress/types'
import type { Dashboard, RoleReadiness, Undoable } from '../../../shared/domain/progress/views'
import type { InputOf } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { Store } from '../../store/db'
import { today } from './as-of'
import { buildDashboard, readinessOf } from './dashboard'
import { assertKnownKey } from './known-keys'
import { parseOrRefuse } from './parse-or-refuse'
import { appendToLog, stateOfRecord } from './progress-log'
import { currentSnapshot } from './progress-snapshot'

export type SetProgressInput = InputOf<'progress:set'>

/** The clock and id maker the progress and plan services share; real ones by default. */
export interface ProgressClockOptions {
  now?: () => Date
  /** Makes ids for events, batches, plans and custom items. */
  makeId?: () => string
  /**
   * Which copy of the data the events made here come from: this install's device id. Tests
   * that do not look at it leave it out, and their events carry none.
   */
  origin?: () => string
}

/** The clock, id maker and origin a service uses: the options given, real ones for the rest. */
export interface ProgressClock {
  now: () => Date
  makeId: () => string
  origin: () => string | undefined
}

/** One place that fills in the defaults, so the progress and plan services read time alike. */
export function progressClock(options: ProgressClockOptions = {}): ProgressClock {
  return {
    now: options.now ?? (() => new Date()),
    makeId: options.makeId ?? randomUUID,
    origin: options.origin ?? (() => undefined),
  }
}

/**
 * The batch id of a change that changed nothing: there is nothing to undo, and nothing was
 * written.
 */
export const NO_BATCH = ''

/**
 * The user's progress: one record per key, changed only by appending to the activity log
 * (see {@link appendToLog}), undo by batch, readiness for every role and the dashboard.
 */
export class ProgressService {
  readonly #store: Store
  readonly #entities: ReadonlyMap<string, Entity>
  readonly #clock: ProgressClock

  constructor(store: Store, taxonomy: Taxonomy, options: ProgressClockOptions = {}) {
    this.#store = store
    this.#entities = entitiesById(taxonomy)
    this.#clock = progressClock(options)
  }

  /**
   * Changes the given fields of one key's record, logging one `edit` event in a new batch.
   * A level is accepted only for `skill:` keys (`invalid-input`), and the key must name
   * something that exists (`not-found`). When nothing would change nothing is written, and the
   * answer carries the current record (stamped now for a key never touched) and
   * {@link NO_BATCH}.
   */
  async set(input: SetProgressInput): Promise<Undoable<ProgressRecord>> {
    const { key, ...patch } = input
    if (patch.level !== undefined && !acceptsLevel(key)) {
      throw new AppError('invalid-input', 'Only skills and tools have a proficiency level.')
    }
    const db = this.#store.data
    assertKnownKey(key, db, this.#entities)
    const existing = db.progress.find((record) => record.key === key)
    const before = existing ? stateOfRecord(existing) : EMPTY_PROGRESS
    const after = parseOrRefuse(ProgressStateSchema, applyChange(before, patch))
    const at = this.#clock.now().toISOString()
    if (sameState(before, after)) {
      return { value: existing ?? { key, ...before, updatedAt: at }, batchId: NO_BATCH }
    }
    const id = this.#clock.makeId()
    const batchId = this.#clock.makeId()
    const logged = await this.#store.update((draft) => {
      // Applied again to the data as the store's writer takes this change: a bulk change
      // (a replace, a restore) may have landed first, and the patch must apply to its result.
      const current = draft.progress.find((record) => record.key === key)
      const base = current ? stateOfRecord(current) : EMPTY_PROGRESS
      const next = parseOrRefuse(ProgressStateSchema, applyChange(base, patch))
      if (sameState(base, next)) return null
      const event: ActivityEvent = {
        id,
        at,
        key,
        before: base,
        after: next,
        cause: 'edit',
        batchId,
      }
      appendToLog(draft, [event], this.#clock.origin())
      return draft.activity[draft.activity.length - 1] ?? event
    })
    if (logged === null) {
      const current = this.#store.data.progress.find((record) => record.key === key)
      return { value: current ?? { key, ...EMPTY_PROGRESS, updatedAt: at }, batchId: NO_BATCH }
    }
    return { value: { key, ...logged.after, updatedAt: logged.at }, batchId }
  }

  /**
   * Puts back what every key of a batch held before it, appending `undo` events in a new batch
   * (which can itself be undone). Keys already back where they were get no event; when none
   * changes nothing is written and the answer's batch is {@link NO_BATCH}. `not-found` for a
   * batch the log does not hold.
   */
  async undo(batchId: string): Promise<Undoable<null>> {
    let events: ActivityEvent[]
    try {
      events = eventsForUndo(
        this.#store.data.activity,
        batchId,
        this.#clock.now(),
        this.#clock.makeId(),
        this.#clock.makeId,
      )
    } catch (error) {
      if (!(error instanceof UnknownBatchError)) throw error
      throw new AppError('not-found', `There is no change with the id "${batchId}" to undo.`)
    }
    const [first] = events
    if (!first) return { value: null, batchId: NO_BATCH }
    await this.#store.update((draft) => appendToLog(draft, events, this.#clock.origin()))
    return { value: null, batchId: first.batchId }
  }

  /** How ready the user is for every role in the library, alphabetical. */
  readiness(): RoleReadiness[] {
    const db = this.#store.data
    return readinessOf(db.roles, this.#entities, currentSnapshot(db.progress).states)
  }

  /** The dashboard as of the end of local day `asOf` (yyyy-mm-dd), today by default. */
  dashboard(asOf?: string): Dashboard {
    return buildDashboard(this.#store.data, this.#entities, asOf ?? today(this.#clock.now()))
  }
}
