import { randomUUID } from 'node:crypto'
import { entitiesById, type Entity, type Taxonomy } from '../../../shared/domain/entity'
import { entityLabels } from '../../../shared/domain/compare/entity-sets'
import {
  applyImport,
  applyImportSteps,
  decisionProblem,
  undoImport,
  type AppliedImport,
  type ImportSnapshot,
  type ImportState,
} from '../../../shared/domain/article-import/apply-import'
import {
  deleteImportedRole,
  importedArticles,
  removeImportedArticle,
  renameImportedRole,
  roleUsage,
  type ManageOutcome,
} from '../../../shared/domain/article-import/manage-imports'
import {
  defaultTargets,
  earlierImportSteps,
  previewMergeSteps,
} from '../../../shared/domain/article-import/merge-preview'
import type {
  ImportDecision,
  ImportPreview,
  ImportedArticle,
  ImportResult,
  OpenedArticle,
  RoleMergePreview,
  RoleUsage,
  UndoHandle,
} from '../../../shared/domain/article-import/types'
import type { ArticleRef } from '../../../shared/domain/role'
import type { ParsedArticle } from '../../../shared/importer/types'
import { AppError } from '../../../shared/ipc/result'
import type { ChooseOpenPath } from '../../dialogs/dialogs'
import { StoreValidationError, type Store } from '../../store/db'
import type { Db } from '../../store/schema'
import { articleEntityIdsSteps } from './article-entity-ids'
import type { ArticleParser } from './article-parser'
import { readArticleFile } from './read-article-file'
import { runInSlices } from './run-in-slices'
import { passageTooLongSteps, PASSAGE_TOO_LONG } from './stored-lengths'

/** How many recent imports can still be undone; older undo handles are forgotten. */
const UNDOABLE_IMPORTS = 10

export interface ArticleImportServiceOptions {
  chooseOpenPath: ChooseOpenPath
  /** Reads articles off main: a worker thread (see article-parser.ts). */
  parser: ArticleParser
}

export interface SaveImportInput {
  text: string
  roles: [ImportDecision, ImportDecision]
  /** Import over the earlier import of the same article instead of beside it. */
  updateEarlier?: boolean | undefined
}

/** Which parsed role to preview merging into which role. */
export interface MergePreviewInput {
  text: string
  roleIndex: 0 | 1
  roleId: string
}

/** Articles pasted or opened by the user: preview, save as new or merged roles, and undo. */
export class ArticleImportService {
  readonly #store: Store
  readonly #parser: ArticleParser
  readonly #entities: ReadonlyMap<string, Entity>
  readonly #catalogArticles: readonly ArticleRef[]
  readonly #chooseOpenPath: ChooseOpenPath
  // In memory only: undo is offered right after saving, not across restarts.
  readonly #undoable = new Map<string, ImportSnapshot>()

  constructor(
    store: Store,
    taxonomy: Taxonomy,
    catalogArticles: readonly ArticleRef[],
    options: ArticleImportServiceOptions,
  ) {
    this.#store = store
    this.#parser = options.parser
    this.#entities = entitiesById(taxonomy)
    this.#catalogArticles = catalogArticles
    this.#chooseOpenPath = options.chooseOpenPath
  }

  /**
   * The parsed article with a suggested merge target per role (where it went last time, else
   * the role it names), what merging into each would do item by item, and the earlier import
   * of the same article; `invalid-input` saying why a text is not an article.
   */
  async preview(text: string): Promise<ImportPreview> {
    const article = await this.#parse(text)
    // The library as it is now (the store's data is frozen); the merges below run in slices,
    // as an article may hold tens of thousands of items, and read only this.
    const state = this.#store.data
    const roles = state.roles
    const suggested = defaultTargets(state, article, this.#catalogArticles)
    const merge = async (index: 0 | 1): Promise<RoleMergePreview | null> => {
      const roleId = suggested[index]
      if (roleId === null) return null
      return runInSlices(previewMergeSteps(state, article, index, roleId, this.#catalogArticles))
    }
    const merges: ImportPreview['merges'] = [await merge(0), await merge(1)]
    const earlier = await runInSlices(earlierImportSteps(state, article, this.#catalogArticles))
    const entityIds = await runInSlices(articleEntityIdsSteps(article))
    return {
      article,
      suggestedRoleIds: suggested,
      merges,
      earlier,
      mergeTargets: roles
        .map(({ id, name, origin }) => ({ id, name, origin }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en')),
      entities: entityLabels(entityIds, this.#entities),
    }
  }

  /** What merging one parsed role into the chosen role would do, item by item. */
  async mergePreview(input: MergePreviewInput): Promise<RoleMergePreview> {
    const article = await this.#parse(input.text)
    const preview = await runInSlices(
      previewMergeSteps(
        this.#store.data,
        article,
        input.roleIndex,
        input.roleId,
        this.#catalogArticles,
      ),
    )
    if (!preview) throw new AppError('not-found', 'That role is no longer in the library.')
    return preview
  }

  /** Asks for an article file and reads it; `{ opened: false }` when the user cancels. */
  async openFile(): Promise<OpenedArticle> {
    const filePath = await this.#chooseOpenPath('article')
    if (filePath === null) return { opened: false }
    return { opened: true, ...(await readArticleFile(filePath)) }
  }

  /**
   * Parses the text again (a structure sent back by the renderer is never trusted) and saves
   * both roles as decided, with the article, in one write.
   */
  async save(input: SaveImportInput): Promise<ImportResult> {
    const article = await this.#parse(input.text)
    const problem = decisionProblem(input.roles, this.#store.data.roles)
    if (problem !== null) throw new AppError('invalid-input', problem)
    // The merge can be long (an article may hold tens of thousands of items), so it runs in
    // slices on the library as it is now, and is applied in one store turn if the roles and
    // articles are still those it read; if another change came in between, it runs again
    // there, at once, so nothing acknowledged meanwhile is lost.
    const read = this.#store.data
    const options = {
      importedAt: new Date().toISOString(),
      updateEarlier: input.updateEarlier === true,
    }
    const ahead = await runInSlices(
      applyImportSteps(read, article, input.roles, this.#catalogArticles, options),
    )
    // The merged roles can be megabytes each: parsing them and making their text happen here
    // in slices too, so the store's turn below keeps them as they are.
    const aheadRoles = await runInSlices(this.#store.prepareSteps('roles', ahead.state.roles))
    const save = (db: Db): AppliedImport => {
      // The draft's lists are copies; the store's current data shows whether they changed.
      const now = this.#store.data
      const unchanged = now.roles === read.roles && now.articles === read.articles
      const done = unchanged
        ? ahead
        : applyImport(db, article, input.roles, this.#catalogArticles, options)
      db.roles = unchanged ? aheadRoles : done.state.roles
      db.articles = done.state.articles
      return done
    }
    // Merging changes roles the user already has, so that is backed up, in the same turn of
    // the store's writer as the merge; new roles only add.
    let applied: AppliedImport
    try {
      applied = input.roles.some((decision) => decision.action === 'merge')
        ? (await this.#store.updateAfterBackup('pre-import', save)).value
        : await this.#store.update(save)
    } catch (error) {
      // The parser keeps any length of text, the store a bounded one (see text-limits.ts).
      if (!(error instanceof StoreValidationError)) throw error
      throw new AppError('invalid-input', PASSAGE_TOO_LONG)
    }
    const undoId = this.#remember(applied.snapshot)
    return { articleId: applied.articleId, roles: applied.roles, undoId }
  }

  /** The articles the user imported, newest first, with the roles that still cite them. */
  importedArticles(): ImportedArticle[] {
    return importedArticles(this.#store.data)
  }

  /** The plans and saved comparisons that use a role, to say what deleting it does. */
  roleUsage(roleId: string): RoleUsage {
    const { plans, comparisons } = this.#store.data
    return roleUsage(roleId, plans, comparisons)
  }

  /** Renames a role an import made; undone with `undo`. */
  renameRole(roleId: string, name: string): Promise<UndoHandle> {
    return this.#manage((state) => renameImportedRole(state, roleId, name))
  }

  /** Deletes a role an import made; undone with `undo`. */
  deleteRole(roleId: string): Promise<UndoHandle> {
    return this.#manage((state) => deleteImportedRole(state, roleId))
  }

  /** Takes back what an imported article alone added, and removes it; undone with `undo`. */
  removeArticle(articleId: string): Promise<UndoHandle> {
    return this.#manage((state) => removeImportedArticle(state, articleId))
  }

  async #manage(change: (state: ImportState) => ManageOutcome): Promise<UndoHandle> {
    const snapshot = await this.#store.update((db) => {
      const outcome = change(db)
      if (!outcome.ok) throw new AppError('invalid-input', outcome.message)
      db.roles = outcome.state.roles
      db.articles = outcome.state.articles
      return outcome.snapshot
    })
    return { undoId: this.#remember(snapshot) }
  }

  #remember(snapshot: ImportSnapshot): string {
    this.#forgetUndoOverlapping(snapshot)
    const undoId = randomUUID()
    this.#undoable.set(undoId, snapshot)
    for (const oldest of [...this.#undoable.keys()].slice(0, -UNDOABLE_IMPORTS)) {
      this.#undoable.delete(oldest)
    }
    return undoId
  }

  /** Puts the roles and articles an import (or a later change to them) changed back. */
  async undo(undoId: string): Promise<void> {
    const snapshot = this.#undoable.get(undoId)
    if (!snapshot) throw new AppError('not-found', 'This import can no longer be undone.')
    await this.#store.update((db) => {
      const restored = undoImport(db, snapshot)
      db.roles = restored.roles
      db.articles = restored.articles
    })
    this.#undoable.delete(undoId)
  }

  // Undoing an earlier import would also wipe out a later one that changed the same role or
  // article, so only the later one stays undoable.
  #forgetUndoOverlapping(latest: ImportSnapshot): void {
    const roleIds = new Set(latest.roles.map((role) => role.id))
    for (const [undoId, snapshot] of this.#undoable) {
      const overlaps =
        (snapshot.article !== undefined && snapshot.article.id === latest.article?.id) ||
        snapshot.roles.some((role) => roleIds.has(role.id))
      if (overlaps) this.#undoable.delete(undoId)
    }
  }

  /** Ends the parser's thread; the container calls this when the app shuts down. */
  shutdown(): Promise<void> {
    return this.#parser.close()
  }

  // On the parser's thread: a 2 MB article takes some 300 ms to read, which main must not hold.
  async #parse(text: string): Promise<ParsedArticle> {
    const outcome = await this.#parser.parse(text)
    if (!outcome.ok) throw new AppError('invalid-input', outcome.error.message)
    // In turns of its own: the turn that took in the answer (its last part) has worked enough.
    if (await runInSlices(passageTooLongSteps(outcome.article))) {
      throw new AppError('invalid-input', PASSAGE_TOO_LONG)
    }
    return outcome.article
  }
}
