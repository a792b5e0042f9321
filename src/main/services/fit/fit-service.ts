import { entitiesById, type Entity, type Taxonomy } from '../../../shared/domain/entity'
import {
  fitHistory,
  roleFit,
  roleNeeds,
  skillCatalog,
  type RoleFit,
  type RoleFitDetail,
  type SkillEntry,
} from '../../../shared/domain/fit'
import { AppError } from '../../../shared/ipc/result'
import type { Store } from '../../store/db'
import { currentSnapshot } from '../progress/progress-snapshot'

/**
 * The skills page and role fit, read from the progress records (levels are set through
 * `progress:set`, so ratings share the record a plan item uses) and, for history, from
 * the activity log.
 */
export class FitService {
  readonly #store: Store
  readonly #entities: ReadonlyMap<string, Entity>
  readonly #now: () => Date

  constructor(store: Store, taxonomy: Taxonomy, options: { now?: () => Date } = {}) {
    this.#store = store
    this.#entities = entitiesById(taxonomy)
    this.#now = options.now ?? (() => new Date())
  }

  /** Every skill and tool some role in the library needs, with the user's level, by name. */
  skills(): SkillEntry[] {
    const db = this.#store.data
    return skillCatalog(db.roles, this.#entities, currentSnapshot(db.progress).states)
  }

  /** Every role's fit, best first, ties by role name. */
  ranking(): RoleFit[] {
    const db = this.#store.data
    const { states } = currentSnapshot(db.progress)
    return db.roles
      .map((role) => roleFit(role, this.#entities, states))
      .sort((a, b) => b.score - a.score || a.roleName.localeCompare(b.roleName, 'en'))
  }

  /** One role's fit with every need and its history; `not-found` for an unknown role. */
  role(roleId: string): RoleFitDetail {
    const db = this.#store.data
    const role = db.roles.find((candidate) => candidate.id === roleId)
    if (!role) throw new AppError('not-found', `There is no role with the id "${roleId}".`)
    const { states } = currentSnapshot(db.progress)
    return {
      ...roleFit(role, this.#entities, states),
      needs: roleNeeds(role, this.#entities, states),
      history: fitHistory(role, this.#entities, db.activity, this.#now()),
    }
  }
}
