import { randomUUID } from 'node:crypto'
import type { SavedComparison, SavedComparisonView } from '../../../shared/domain/saved-comparison'
import type { InputOf } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { Store } from '../../store/db'
import { copyTitle, defaultTitle, normaliseTags } from '../../../shared/domain/comparison-fields'
import { toView } from './saved-comparison-view'
import { listSavedComparisons } from './list-saved-comparisons'

/**
 * How long a deleted comparison can still be restored; after that
 * {@link SavedComparisonsService.boot} prunes it.
 */
export const RESTORABLE_FOR_MS = 30 * 24 * 60 * 60 * 1000

export type SaveComparisonInput = InputOf<'savedComparisons:save'>
export type UpdateComparisonInput = InputOf<'savedComparisons:update'>

export interface SavedComparisonsServiceOptions {
  /** The clock for created, updated and deleted times; the system clock by default. */
  now?: () => Date
}

/** The user's saved comparisons: list and search, save, edit, duplicate, delete and undo. */
export class SavedComparisonsService {
  readonly #store: Store
  readonly #now: () => Date

  constructor(store: Store, options: SavedComparisonsServiceOptions = {}) {
    this.#store = store
    this.#now = options.now ?? (() => new Date())
  }

  /** Prunes comparisons deleted long enough ago that undo no longer applies. */
  async boot(): Promise<void> {
    const cutoff = this.#now().getTime() - RESTORABLE_FOR_MS
    const expired = (saved: SavedComparison): boolean =>
      saved.deletedAt !== undefined && Date.parse(saved.deletedAt) < cutoff
    if (!this.#store.data.comparisons.some(expired)) return
    await this.#store.update((db) => {
      db.comparisons = db.comparisons.filter((saved) => !expired(saved))
    })
  }

  /** Comparisons not deleted, matching `text`, most recently changed first. */
  list(text: string): SavedComparisonView[] {
    return listSavedComparisons(this.#store.data.comparisons, this.#currentNames(), text)
  }

  /** One comparison; `not-found` for an unknown or deleted id. */
  get(id: string): SavedComparisonView {
    return toView(this.#find(id), this.#currentNames())
  }

  /** Saves a new comparison; without a title it is named after its roles ("A vs B"). */
  async save(input: SaveComparisonInput): Promise<SavedComparisonView> {
    const roleNames = this.#roleNames(input.roleIds)
    const at = this.#now().toISOString()
    const saved: SavedComparison = {
      id: randomUUID(),
      title: input.title ?? defaultTitle(roleNames),
      roleIds: input.roleIds,
      roleNames,
      notes: input.notes,
      tags: normaliseTags(input.tags),
      createdAt: at,
      updatedAt: at,
    }
    await this.#store.update((db) => {
      db.comparisons.push(saved)
    })
    return this.get(saved.id)
  }

  /**
   * Changes the given fields only and marks the comparison as changed now. Role names are
   * refreshed from the library; a role deleted since keeps the name it was saved with.
   */
  async update(input: UpdateComparisonInput): Promise<SavedComparisonView> {
    const current = this.#find(input.id)
    const roleIds = input.roleIds ?? current.roleIds
    const next: SavedComparison = {
      ...current,
      title: input.title ?? current.title,
      roleIds,
      roleNames: this.#roleNames(roleIds, current),
      notes: input.notes ?? current.notes,
      tags: input.tags ? normaliseTags(input.tags) : current.tags,
      updatedAt: this.#now().toISOString(),
    }
    await this.#replace(next)
    return this.get(next.id)
  }

  /** Saves a copy titled "<title> (copy)" as a new comparison. */
  async duplicate(id: string): Promise<SavedComparisonView> {
    const source = this.#find(id)
    const at = this.#now().toISOString()
    const copy: SavedComparison = {
      ...source,
      id: randomUUID(),
      title: copyTitle(source.title),
      createdAt: at,
      updatedAt: at,
    }
    await this.#store.update((db) => {
      db.comparisons.push(copy)
    })
    return this.get(copy.id)
  }

  /** Hides a comparison, keeping it as it was so {@link restore} can bring it back. */
  async delete(id: string): Promise<void> {
    await this.#replace({ ...this.#find(id), deletedAt: this.#now().toISOString() })
  }

  /** Undoes a delete, returning the comparison exactly as it was; a shown one is returned as is. */
  async restore(id: string): Promise<SavedComparisonView> {
    const { deletedAt, ...kept } = this.#find(id, { includeDeleted: true })
    if (deletedAt !== undefined) await this.#replace(kept)
    return this.get(id)
  }

  #find(id: string, options: { includeDeleted?: boolean } = {}): SavedComparison {
    const saved = this.#store.data.comparisons.find((candidate) => candidate.id === id)
    if (!saved || (saved.deletedAt !== undefined && !options.includeDeleted)) {
      throw new AppError('not-found', `There is no saved comparison with the id "${id}".`)
    }
    return saved
  }

  async #replace(next: SavedComparison): Promise<void> {
    await this.#store.update((db) => {
      db.comparisons = db.comparisons.map((saved) => (saved.id === next.id ? next : saved))
    })
  }

  #currentNames(): Map<string, string> {
    return new Map(this.#store.data.roles.map((role) => [role.id, role.name]))
  }

  /**
   * The current name of each role, or the name `existing` saved it with when the role has
   * been deleted since; `not-found` for any other role id.
   */
  #roleNames(roleIds: readonly string[], existing?: SavedComparison): string[] {
    const names = this.#currentNames()
    return roleIds.map((id) => {
      const name = names.get(id) ?? existing?.roleNames[existing.roleIds.indexOf(id)]
      if (name === undefined)
        throw new AppError('not-found', `There is no role with the id "${id}".`)
      return name
    })
  }
}
