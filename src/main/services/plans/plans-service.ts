import { transitionBetween } from '../../../shared/domain/compare'
import { entitiesById, type Entity, type Taxonomy } from '../../../shared/domain/entity'
import {
  customKey,
  defaultPlanTitle,
  itemsForRole,
  itemsForTransition,
  parseKey,
  sameState,
  stateOf,
} from '../../../shared/domain/progress'
import {
  PlanSchema,
  EMPTY_PROGRESS,
  type ActivityEvent,
  type Plan,
  type PlanItem,
  type PlanSource,
  type ProgressKey,
  type ProgressState,
} from '../../../shared/domain/progress/types'
import type { PlanSummary, PlanDetail, Undoable } from '../../../shared/domain/progress/views'
import type { Role } from '../../../shared/domain/role'
import type { InputOf } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { Store } from '../../store/db'
import { RESTORABLE_FOR_MS } from '../saved-comparisons/saved-comparisons-service'
import { endOfLocalDay } from '../progress/as-of'
import { assertKnownKey } from '../progress/known-keys'
import { parseOrRefuse } from '../progress/parse-or-refuse'
import { appendToLog } from '../progress/progress-log'
import {
  NO_BATCH,
  progressClock,
  type ProgressClock,
  type ProgressClockOptions,
} from '../progress/progress-service'
import { currentSnapshot, snapshotAsOf, type ProgressSnapshot } from '../progress/progress-snapshot'
import { roleNamesOf, toSummary, toView } from './plan-detail'
import { insertAt, moveTo } from './item-order'
import { itemForKey } from './key-items'

export type CreatePlanInput = InputOf<'plans:create'>
export type UpdatePlanInput = InputOf<'plans:update'>
export type AddItemInput = InputOf<'plans:addItem'>
export type AddKeysInput = InputOf<'plans:addKeys'>
export type EditItemInput = InputOf<'plans:editItem'>
export type MoveItemInput = InputOf<'plans:moveItem'>
export type ItemKeyInput = InputOf<'plans:removeItem'>
export type RestoreItemInput = InputOf<'plans:restoreItem'>

/** The same state with its progress taken back to the start. */
function startOver(state: ProgressState): ProgressState {
  return { ...state, status: EMPTY_PROGRESS.status, level: EMPTY_PROGRESS.level }
}

/**
 * The user's learning plans: made from a role, a transition or nothing, edited item by item,
 * archived, deleted with undo, and reset with undo. A plan only orders keys; the status of
 * each item is the key's progress record, shared by every plan that holds it.
 */
export class PlansService {
  readonly #store: Store
  readonly #entities: ReadonlyMap<string, Entity>
  readonly #clock: ProgressClock

  constructor(store: Store, taxonomy: Taxonomy, options: ProgressClockOptions = {}) {
    this.#store = store
    this.#entities = entitiesById(taxonomy)
    this.#clock = progressClock(options)
  }

  /**
   * Prunes plans deleted long enough ago that undo no longer applies. Their progress
   * records and activity stay: nothing in the log is ever rewritten.
   */
  async boot(): Promise<void> {
    const cutoff = this.#clock.now().getTime() - RESTORABLE_FOR_MS
    const expired = (plan: Plan): boolean =>
      plan.deletedAt !== undefined && Date.parse(plan.deletedAt) < cutoff
    if (!this.#store.data.plans.some(expired)) return
    await this.#store.update((db) => {
      db.plans = db.plans.filter((plan) => !expired(plan))
    })
  }

  /** Plans not deleted (archived ones only when asked), most recently changed first. */
  list(includeArchived: boolean): PlanSummary[] {
    const db = this.#store.data
    const progress = currentSnapshot(db.progress)
    const roleNames = roleNamesOf(db.roles)
    return db.plans
      .filter((plan) => plan.deletedAt === undefined)
      .filter((plan) => includeArchived || !plan.archived)
      .map((plan) => toSummary(plan, progress, roleNames))
      .sort(
        (a, b) =>
          Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title, 'en'),
      )
  }

  /**
   * One plan with the state of each item now, or as of the end of local day `asOf`
   * (yyyy-mm-dd); `not-found` for an unknown or deleted id.
   */
  get(id: string, asOf?: string): PlanDetail {
    const db = this.#store.data
    const progress = asOf
      ? snapshotAsOf(db.activity, endOfLocalDay(asOf))
      : currentSnapshot(db.progress)
    return this.#view(this.#find(id), progress)
  }

  /**
   * Makes a plan from a role (its tips, skills and tools), a transition (the target's
   * tips and the skills and tools it needs that the current role lacks) or nothing, followed
   * by the items for `keys` it does not already hold (as {@link addKeys} adds them), in one
   * write. Without a title it is named after its source. `not-found` for an unknown role or
   * key.
   */
  async create(input: CreatePlanInput): Promise<PlanDetail> {
    const fromSource = this.#itemsFor(input.source)
    const items = [...fromSource, ...this.#newItems(fromSource, input.keys ?? [])]
    const roleNames = roleNamesOf(this.#store.data.roles)
    const at = this.#clock.now().toISOString()
    const plan = parseOrRefuse(PlanSchema, {
      id: this.#clock.makeId(),
      title: input.title ?? defaultPlanTitle(input.source, roleNames),
      source: input.source,
      items,
      archived: false,
      createdAt: at,
      updatedAt: at,
    })
    await this.#store.update((db) => {
      db.plans.push(plan)
    })
    return this.get(plan.id)
  }

  /** Renames and/or archives (or unarchives) a plan. */
  async update(input: UpdatePlanInput): Promise<PlanDetail> {
    const current = this.#find(input.id)
    return this.#save({
      ...current,
      title: input.title ?? current.title,
      archived: input.archived ?? current.archived,
    })
  }

  /** Hides a plan, keeping it as it was so {@link restore} can bring it back. */
  async delete(id: string): Promise<void> {
    await this.#replace({ ...this.#find(id), deletedAt: this.#clock.now().toISOString() })
  }

  /** Undoes a delete, returning the plan exactly as it was; a shown one is returned as is. */
  async restore(id: string): Promise<PlanDetail> {
    const { deletedAt, ...kept } = this.#find(id, { includeDeleted: true })
    if (deletedAt !== undefined) await this.#replace(kept)
    return this.get(id)
  }

  /** Adds an item the user wrote, at the end, under a new `custom:` key. */
  async addItem({ id, label }: AddItemInput): Promise<PlanDetail> {
    const current = this.#find(id)
    const item: PlanItem = { key: customKey(this.#clock.makeId()), label, group: 'custom' }
    return this.#save({ ...current, items: [...current.items, item] })
  }

  /**
   * Appends the items for the skill, tool and tip `keys` the plan does not hold yet, in
   * the given order, each once, labelled from the catalog (see {@link itemForKey}). Every key
   * is checked first: one that names nothing is `not-found`, going past the item limit is
   * `invalid-input`, and either way nothing is written. When every key is already on the
   * plan nothing is written either.
   */
  async addKeys({ id, keys }: AddKeysInput): Promise<PlanDetail> {
    const current = this.#find(id)
    const added = this.#newItems(current.items, keys)
    if (added.length === 0) return this.get(id)
    return this.#save({ ...current, items: [...current.items, ...added] })
  }

  /** Renames an item the user wrote; catalog items keep the catalog's words (`invalid-input`). */
  async editItem({ id, key, label }: EditItemInput): Promise<PlanDetail> {
    const current = this.#find(id)
    this.#indexOf(current, key)
    if (parseKey(key).kind !== 'custom') {
      throw new AppError('invalid-input', 'Only items you added yourself can be renamed.')
    }
    const items = current.items.map((item) => (item.key === key ? { ...item, label } : item))
    return this.#save({ ...current, items })
  }

  /** Moves an item to `toIndex` (the last place when past the end). */
  async moveItem({ id, key, toIndex }: MoveItemInput): Promise<PlanDetail> {
    const current = this.#find(id)
    const items = moveTo(current.items, this.#indexOf(current, key), toIndex)
    return this.#save({ ...current, items })
  }

  /**
   * Takes an item off the plan. Its progress record stays, so {@link restoreItem} (undo)
   * brings it back with its status, and other plans holding the key are unaffected.
   */
  async removeItem({ id, key }: ItemKeyInput): Promise<PlanDetail> {
    const current = this.#find(id)
    const index = this.#indexOf(current, key)
    const items = current.items.filter((_, at) => at !== index)
    return this.#save({ ...current, items })
  }

  /**
   * Puts a removed item back at `index` (the end when past it). An item already on the
   * plan is left where it is. A skill or tip must still exist (`not-found`).
   */
  async restoreItem({ id, item, index }: RestoreItemInput): Promise<PlanDetail> {
    const current = this.#find(id)
    if (current.items.some((existing) => existing.key === item.key)) return this.get(id)
    if (parseKey(item.key).kind !== 'custom') {
      assertKnownKey(item.key, this.#store.data, this.#entities)
    }
    return this.#save({ ...current, items: insertAt(current.items, item, index) })
  }

  /**
   * Sets the progress of every item back to the start (to do, no level), logged as one
   * `reset` batch that `progress:undo` reverses exactly. Notes and links are the user's
   * writing, not progress, so they stay. Keys are shared, so those items are reset in every
   * plan that holds them, and in readiness. When nothing has progress already nothing
   * is written and the batch is {@link NO_BATCH}.
   */
  async reset(id: string): Promise<Undoable<PlanDetail>> {
    const plan = this.#find(id)
    const { states } = currentSnapshot(this.#store.data.progress)
    const at = this.#clock.now().toISOString()
    const batchId = this.#clock.makeId()
    const events: ActivityEvent[] = [...new Set(plan.items.map((item) => item.key))]
      .map((key) => ({ key, before: stateOf(states, key) }))
      .map(({ key, before }) => ({ key, before, after: startOver(before) }))
      .filter(({ before, after }) => !sameState(before, after))
      .map(({ key, before, after }) => ({
        id: this.#clock.makeId(),
        at,
        key,
        before,
        after,
        cause: 'reset',
        batchId,
      }))
    if (events.length === 0) return { value: this.get(id), batchId: NO_BATCH }
    await this.#store.update((db) => appendToLog(db, events, this.#clock.origin()))
    return { value: this.get(id), batchId }
  }

  #itemsFor(source: PlanSource): PlanItem[] {
    if (source.kind === 'role') return itemsForRole(this.#role(source.roleId), this.#entities)
    if (source.kind === 'transition') {
      const from = this.#role(source.fromId)
      const to = this.#role(source.toId)
      return itemsForTransition(transitionBetween(from, to, this.#entities))
    }
    return []
  }

  /** The items for `keys` that are not in `items`, each once, in order; every key checked. */
  #newItems(items: readonly PlanItem[], keys: readonly ProgressKey[]): PlanItem[] {
    const held = new Set(items.map((item) => item.key))
    const added: PlanItem[] = []
    for (const key of keys) {
      const item = itemForKey(key, this.#store.data, this.#entities)
      if (held.has(key)) continue
      held.add(key)
      added.push(item)
    }
    return added
  }

  #role(id: string): Role {
    const role = this.#store.data.roles.find((candidate) => candidate.id === id)
    if (!role) throw new AppError('not-found', `There is no role with the id "${id}".`)
    return role
  }

  #find(id: string, options: { includeDeleted?: boolean } = {}): Plan {
    const plan = this.#store.data.plans.find((candidate) => candidate.id === id)
    if (!plan || (plan.deletedAt !== undefined && !options.includeDeleted)) {
      throw new AppError('not-found', `There is no plan with the id "${id}".`)
    }
    return plan
  }

  #indexOf(plan: Plan, key: ProgressKey): number {
    const index = plan.items.findIndex((item) => item.key === key)
    if (index === -1) {
      throw new AppError('not-found', `This plan has no item with the key "${key}".`)
    }
    return index
  }

  #view(plan: Plan, progress: ProgressSnapshot): PlanDetail {
    const db = this.#store.data
    return toView(plan, progress, roleNamesOf(db.roles), db.plans)
  }

  /** Checks the changed plan against its limits, stamps it changed now and writes it. */
  async #save(next: Plan): Promise<PlanDetail> {
    const checked = parseOrRefuse(PlanSchema, {
      ...next,
      updatedAt: this.#clock.now().toISOString(),
    })
    await this.#replace(checked)
    return this.get(checked.id)
  }

  async #replace(next: Plan): Promise<void> {
    await this.#store.update((db) => {
      db.plans = db.plans.map((plan) => (plan.id === next.id ? next : plan))
    })
  }
}
