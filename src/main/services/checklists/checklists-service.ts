import { randomUUID } from 'node:crypto'
import { transitionBetween } from '../../../shared/domain/compare'
import { entitiesById, type Entity, type Taxonomy } from '../../../shared/domain/entity'
import {
  customKey,
  defaultChecklistTitle,
  itemsForRole,
  itemsForTransition,
  parseKey,
  sameState,
  stateOf,
} from '../../../shared/domain/progress'
import {
  ChecklistSchema,
  EMPTY_PROGRESS,
  type ActivityEvent,
  type Checklist,
  type ChecklistItem,
  type ChecklistSource,
  type ProgressKey,
  type ProgressState,
} from '../../../shared/domain/progress/types'
import type {
  ChecklistSummary,
  ChecklistView,
  Undoable,
} from '../../../shared/domain/progress/views'
import type { Role } from '../../../shared/domain/role'
import type { InputOf } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { Store } from '../../store/db'
import { RESTORABLE_FOR_MS } from '../comparisons/comparisons-service'
import { endOfLocalDay } from '../progress/as-of'
import { assertKnownKey } from '../progress/known-keys'
import { parseOrRefuse } from '../progress/parse-or-refuse'
import { appendToLog } from '../progress/progress-log'
import { NO_BATCH, type ProgressClockOptions } from '../progress/progress-service'
import { currentSnapshot, snapshotAsOf, type ProgressSnapshot } from '../progress/progress-snapshot'
import { roleNamesOf, toSummary, toView } from './checklist-view'
import { insertAt, moveTo } from './item-order'
import { itemForKey } from './key-items'

export type CreateChecklistInput = InputOf<'checklists:create'>
export type UpdateChecklistInput = InputOf<'checklists:update'>
export type AddItemInput = InputOf<'checklists:addItem'>
export type AddKeysInput = InputOf<'checklists:addKeys'>
export type EditItemInput = InputOf<'checklists:editItem'>
export type MoveItemInput = InputOf<'checklists:moveItem'>
export type ItemKeyInput = InputOf<'checklists:removeItem'>
export type RestoreItemInput = InputOf<'checklists:restoreItem'>

/** The same state with its progress taken back to the start. */
function startOver(state: ProgressState): ProgressState {
  return { ...state, status: EMPTY_PROGRESS.status, level: EMPTY_PROGRESS.level }
}

/**
 * The user's learning plans: made from a role, a transition or nothing, edited item by item,
 * archived, deleted with undo, and reset with undo. A checklist only orders keys; the status of
 * each item is the key's progress record, shared by every checklist that holds it.
 */
export class ChecklistsService {
  readonly #store: Store
  readonly #entities: ReadonlyMap<string, Entity>
  readonly #now: () => Date
  readonly #makeId: () => string
  readonly #origin: () => string | undefined

  constructor(store: Store, taxonomy: Taxonomy, options: ProgressClockOptions = {}) {
    this.#store = store
    this.#entities = entitiesById(taxonomy)
    this.#now = options.now ?? (() => new Date())
    this.#makeId = options.makeId ?? randomUUID
    this.#origin = options.origin ?? (() => undefined)
  }

  /**
   * Prunes checklists deleted long enough ago that undo no longer applies. Their progress
   * records and activity stay: nothing in the log is ever rewritten.
   */
  async boot(): Promise<void> {
    const cutoff = this.#now().getTime() - RESTORABLE_FOR_MS
    const expired = (checklist: Checklist): boolean =>
      checklist.deletedAt !== undefined && Date.parse(checklist.deletedAt) < cutoff
    if (!this.#store.data.checklists.some(expired)) return
    await this.#store.update((db) => {
      db.checklists = db.checklists.filter((checklist) => !expired(checklist))
    })
  }

  /** Checklists not deleted (archived ones only when asked), most recently changed first. */
  list(includeArchived: boolean): ChecklistSummary[] {
    const db = this.#store.data
    const progress = currentSnapshot(db.progress)
    const roleNames = roleNamesOf(db.roles)
    return db.checklists
      .filter((checklist) => checklist.deletedAt === undefined)
      .filter((checklist) => includeArchived || !checklist.archived)
      .map((checklist) => toSummary(checklist, progress, roleNames))
      .sort(
        (a, b) =>
          Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title, 'en'),
      )
  }

  /**
   * One checklist with the state of each item now, or as of the end of local day `asOf`
   * (yyyy-mm-dd); `not-found` for an unknown or deleted id.
   */
  get(id: string, asOf?: string): ChecklistView {
    const db = this.#store.data
    const progress = asOf
      ? snapshotAsOf(db.activity, endOfLocalDay(asOf))
      : currentSnapshot(db.progress)
    return this.#view(this.#find(id), progress)
  }

  /**
   * Makes a checklist from a role (its tips, skills and tools), a transition (the target's
   * tips and the skills and tools it needs that the current role lacks) or nothing, followed
   * by the items for `keys` it does not already hold (as {@link addKeys} adds them), in one
   * write. Without a title it is named after its source. `not-found` for an unknown role or
   * key.
   */
  async create(input: CreateChecklistInput): Promise<ChecklistView> {
    const fromSource = this.#itemsFor(input.source)
    const items = [...fromSource, ...this.#newItems(fromSource, input.keys ?? [])]
    const roleNames = roleNamesOf(this.#store.data.roles)
    const at = this.#now().toISOString()
    const checklist = parseOrRefuse(ChecklistSchema, {
      id: this.#makeId(),
      title: input.title ?? defaultChecklistTitle(input.source, roleNames),
      source: input.source,
      items,
      archived: false,
      createdAt: at,
      updatedAt: at,
    })
    await this.#store.update((db) => {
      db.checklists.push(checklist)
    })
    return this.get(checklist.id)
  }

  /** Renames and/or archives (or unarchives) a checklist. */
  async update(input: UpdateChecklistInput): Promise<ChecklistView> {
    const current = this.#find(input.id)
    return this.#save({
      ...current,
      title: input.title ?? current.title,
      archived: input.archived ?? current.archived,
    })
  }

  /** Hides a checklist, keeping it as it was so {@link restore} can bring it back. */
  async delete(id: string): Promise<void> {
    await this.#replace({ ...this.#find(id), deletedAt: this.#now().toISOString() })
  }

  /** Undoes a delete, returning the checklist exactly as it was; a shown one is returned as is. */
  async restore(id: string): Promise<ChecklistView> {
    const { deletedAt, ...kept } = this.#find(id, { includeDeleted: true })
    if (deletedAt !== undefined) await this.#replace(kept)
    return this.get(id)
  }

  /** Adds an item the user wrote, at the end, under a new `custom:` key. */
  async addItem({ id, label }: AddItemInput): Promise<ChecklistView> {
    const current = this.#find(id)
    const item: ChecklistItem = { key: customKey(this.#makeId()), label, group: 'custom' }
    return this.#save({ ...current, items: [...current.items, item] })
  }

  /**
   * Appends the items for the skill, tool and tip `keys` the checklist does not hold yet, in
   * the given order, each once, labelled from the catalog (see {@link itemForKey}). Every key
   * is checked first: one that names nothing is `not-found`, going past the item limit is
   * `invalid-input`, and either way nothing is written. When every key is already on the
   * checklist nothing is written either.
   */
  async addKeys({ id, keys }: AddKeysInput): Promise<ChecklistView> {
    const current = this.#find(id)
    const added = this.#newItems(current.items, keys)
    if (added.length === 0) return this.get(id)
    return this.#save({ ...current, items: [...current.items, ...added] })
  }

  /** Renames an item the user wrote; catalog items keep the catalog's words (`invalid-input`). */
  async editItem({ id, key, label }: EditItemInput): Promise<ChecklistView> {
    const current = this.#find(id)
    this.#indexOf(current, key)
    if (parseKey(key).kind !== 'custom') {
      throw new AppError('invalid-input', 'Only items you added yourself can be renamed.')
    }
    const items = current.items.map((item) => (item.key === key ? { ...item, label } : item))
    return this.#save({ ...current, items })
  }

  /** Moves an item to `toIndex` (the last place when past the end). */
  async moveItem({ id, key, toIndex }: MoveItemInput): Promise<ChecklistView> {
    const current = this.#find(id)
    const items = moveTo(current.items, this.#indexOf(current, key), toIndex)
    return this.#save({ ...current, items })
  }

  /**
   * Takes an item off the checklist. Its progress record stays, so {@link restoreItem} (undo)
   * brings it back with its status, and other checklists holding the key are unaffected.
   */
  async removeItem({ id, key }: ItemKeyInput): Promise<ChecklistView> {
    const current = this.#find(id)
    const index = this.#indexOf(current, key)
    const items = current.items.filter((_, at) => at !== index)
    return this.#save({ ...current, items })
  }

  /**
   * Puts a removed item back at `index` (the end when past it). An item already on the
   * checklist is left where it is. A skill or tip must still exist (`not-found`).
   */
  async restoreItem({ id, item, index }: RestoreItemInput): Promise<ChecklistView> {
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
   * checklist that holds them, and in readiness. When nothing has progress already nothing
   * is written and the batch is {@link NO_BATCH}.
   */
  async reset(id: string): Promise<Undoable<ChecklistView>> {
    const checklist = this.#find(id)
    const { states } = currentSnapshot(this.#store.data.progress)
    const at = this.#now().toISOString()
    const batchId = this.#makeId()
    const events: ActivityEvent[] = [...new Set(checklist.items.map((item) => item.key))]
      .map((key) => ({ key, before: stateOf(states, key) }))
      .map(({ key, before }) => ({ key, before, after: startOver(before) }))
      .filter(({ before, after }) => !sameState(before, after))
      .map(({ key, before, after }) => ({
        id: this.#makeId(),
        at,
        key,
        before,
        after,
        cause: 'reset',
        batchId,
      }))
    if (events.length === 0) return { value: this.get(id), batchId: NO_BATCH }
    await this.#store.update((db) => appendToLog(db, events, this.#origin()))
    return { value: this.get(id), batchId }
  }

  #itemsFor(source: ChecklistSource): ChecklistItem[] {
    if (source.kind === 'role') return itemsForRole(this.#role(source.roleId), this.#entities)
    if (source.kind === 'transition') {
      const from = this.#role(source.fromId)
      const to = this.#role(source.toId)
      return itemsForTransition(transitionBetween(from, to, this.#entities))
    }
    return []
  }

  /** The items for `keys` that are not in `items`, each once, in order; every key checked. */
  #newItems(items: readonly ChecklistItem[], keys: readonly ProgressKey[]): ChecklistItem[] {
    const held = new Set(items.map((item) => item.key))
    const added: ChecklistItem[] = []
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

  #find(id: string, options: { includeDeleted?: boolean } = {}): Checklist {
    const checklist = this.#store.data.checklists.find((candidate) => candidate.id === id)
    if (!checklist || (checklist.deletedAt !== undefined && !options.includeDeleted)) {
      throw new AppError('not-found', `There is no checklist with the id "${id}".`)
    }
    return checklist
  }

  #indexOf(checklist: Checklist, key: ProgressKey): number {
    const index = checklist.items.findIndex((item) => item.key === key)
    if (index === -1) {
      throw new AppError('not-found', `This checklist has no item with the key "${key}".`)
    }
    return index
  }

  #view(checklist: Checklist, progress: ProgressSnapshot): ChecklistView {
    const db = this.#store.data
    return toView(checklist, progress, roleNamesOf(db.roles), db.checklists)
  }

  /** Checks the changed checklist against its limits, stamps it changed now and writes it. */
  async #save(next: Checklist): Promise<ChecklistView> {
    const checked = parseOrRefuse(ChecklistSchema, {
      ...next,
      updatedAt: this.#now().toISOString(),
    })
    await this.#replace(checked)
    return this.get(checked.id)
  }

  async #replace(next: Checklist): Promise<void> {
    await this.#store.update((db) => {
      db.checklists = db.checklists.map((checklist) =>
        checklist.id === next.id ? next : checklist,
      )
    })
  }
}
