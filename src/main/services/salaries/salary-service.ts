import type { Role } from '../../../shared/domain/role'
import { roleSalaries } from '../../../shared/domain/salary/role-salaries'
import { decodeSalaryIndex, type SalaryIndex } from '../../../shared/domain/salary/salary-index'
import type { RoleSalaries, SalaryFilters, SalarySource } from '../../../shared/domain/salary/types'
import { AppError } from '../../../shared/ipc/result'
import type { Store } from '../../store/db'
import { readTextFile } from '../../files/read-at-most'

/** The bundled index is about 1.5 MB; far more means the file is not the one the app ships. */
const SALARY_INDEX_MAX_BYTES = 32 * 1024 * 1024

/**
 * What the bundled salary index says roles pay. The index is read and validated once, on
 * first use; a file that cannot be read or is not a valid index fails that call (logged as
 * an internal error) and the next call tries again.
 */
export class SalaryService {
  readonly #store: Store
  readonly #indexPath: string
  #index: Promise<SalaryIndex> | undefined

  constructor(store: Store, indexPath: string) {
    this.#store = store
    this.#indexPath = indexPath
  }

  /** A role's salaries with the filters applied; `not-found` for an unknown role id. */
  async forRole(roleId: string, filters: SalaryFilters): Promise<RoleSalaries> {
    const role = this.#role(roleId)
    return roleSalaries(await this.#loaded(), role, filters)
  }

  /** The roles' unfiltered salaries in the order given; `not-found` naming the first unknown id. */
  async compare(roleIds: readonly string[]): Promise<RoleSalaries[]> {
    const roles = roleIds.map((id) => this.#role(id))
    const index = await this.#loaded()
    return roles.map((role) => roleSalaries(index, role, {}))
  }

  /**
   * Every role's median salary by role id, for the library's salary filter and sort. A role
   * whose rows are too few for the index to show figures has none, as on its page.
   */
  async medians(): Promise<Map<string, number>> {
    const index = await this.#loaded()
    const medians = new Map<string, number>()
    for (const role of this.#store.data.roles) {
      const median = roleSalaries(index, role, {}).overall.figures?.median
      if (median !== undefined) medians.set(role.id, median)
    }
    return medians
  }

  /** Where the figures come from, for the credit line. */
  async source(): Promise<SalarySource> {
    return (await this.#loaded()).source
  }

  #loaded(): Promise<SalaryIndex> {
    this.#index ??= this.#load().catch((error: unknown) => {
      this.#index = undefined
      throw error
    })
    return this.#index
  }

  async #load(): Promise<SalaryIndex> {
    try {
      return decodeSalaryIndex(
        JSON.parse(await readTextFile(this.#indexPath, SALARY_INDEX_MAX_BYTES)),
      )
    } catch (error) {
      throw new Error(`The salary index at ${this.#indexPath} could not be loaded.`, {
        cause: error,
      })
    }
  }

  #role(id: string): Role {
    const role = this.#store.data.roles.find((candidate) => candidate.id === id)
    if (!role) throw new AppError('not-found', `There is no role with the id "${id}".`)
    return role
  }
}
