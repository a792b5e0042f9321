import {
  compareRoles,
  comparisonToMarkdown,
  entityMatrixToCsv,
  transitionBetween,
} from '../../../shared/domain/compare'
import type { Comparison, Transition } from '../../../shared/domain/compare/types'
import { entitiesById, type Entity, type Taxonomy } from '../../../shared/domain/entity'
import { articlesById } from '../../../shared/domain/article-import/article-index'
import type { ArticleRef, Role } from '../../../shared/domain/role'
import type { ExportResult, InputOf } from '../../../shared/ipc/contract'
import type { ChooseSavePath } from '../../dialogs/dialogs'
import { AppError } from '../../../shared/ipc/result'
import { saveChosenFile } from '../../files/save-chosen-file'
import type { Store } from '../../store/db'
import { exportFileName } from './export-file-name'

export type ExportInput = InputOf<'compare:export'>

export interface CompareServiceOptions {
  chooseSavePath: ChooseSavePath
  /** The clock for the export's date; the system clock by default. */
  now?: () => Date
}

/** Roles side by side, the move from one role to another, and their export to a file. */
export class CompareService {
  readonly #store: Store
  readonly #entities: ReadonlyMap<string, Entity>
  readonly #catalogArticles: readonly ArticleRef[]
  readonly #chooseSavePath: ChooseSavePath
  readonly #now: () => Date

  constructor(
    store: Store,
    taxonomy: Taxonomy,
    articles: readonly ArticleRef[],
    options: CompareServiceOptions,
  ) {
    this.#store = store
    this.#entities = entitiesById(taxonomy)
    this.#catalogArticles = articles
    this.#chooseSavePath = options.chooseSavePath
    this.#now = options.now ?? (() => new Date())
  }

  /** The roles in column order; `not-found` naming the first unknown id. */
  compare(roleIds: readonly string[]): Comparison {
    return compareRoles(
      roleIds.map((id) => this.#role(id)),
      this.#entities,
      articlesById(this.#catalogArticles, this.#store.data.articles),
    )
  }

  /** What moving from one role to another takes; `not-found` for an unknown id. */
  transition(fromId: string, toId: string): Transition {
    return transitionBetween(this.#role(fromId), this.#role(toId), this.#entities)
  }

  /**
   * Writes the comparison as Markdown, or its entity matrix as CSV, where the user chooses.
   * Nothing is written when they cancel.
   */
  async export(input: ExportInput): Promise<ExportResult> {
    const comparison = this.compare(input.roleIds)
    const text =
      input.format === 'markdown'
        ? comparisonToMarkdown(comparison, {
            title: input.title,
            notes: input.notes,
            exportedAt: this.#now(),
          })
        : entityMatrixToCsv(comparison)
    const path = await this.#chooseSavePath(exportFileName(input.title, input.format), input.format)
    if (path === null) return { saved: false }
    await saveChosenFile(path, text)
    return { saved: true, path }
  }

  #role(id: string): Role {
    const role = this.#store.data.roles.find((candidate) => candidate.id === id)
    if (!role) throw new AppError('not-found', `There is no role with the id "${id}".`)
    return role
  }
}
