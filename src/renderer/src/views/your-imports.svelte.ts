import type {
  ImportedArticle,
  MergeTarget,
  RoleUsage,
  UndoHandle,
} from '@shared/domain/article-import/types'
import { errorMessage } from '../lib/api'

/** What the "Your imports" panel asks of main, each answer unwrapped (a failure throws). */
export interface YourImportsClient {
  articles(): Promise<ImportedArticle[]>
  roleUsage(roleId: string): Promise<RoleUsage>
  renameRole(roleId: string, name: string): Promise<UndoHandle>
  deleteRole(roleId: string): Promise<UndoHandle>
  removeArticle(articleId: string): Promise<UndoHandle>
  undo(undoId: string): Promise<void>
}

/** Tells the user what happened, with an Undo where one is possible. */
export type Notify = (message: string, undo?: () => Promise<void>) => void

/** A role or article the user is about to delete, with what that does, for them to confirm. */
export type PendingDeletion =
  | { kind: 'role'; role: MergeTarget; usage: RoleUsage }
  | { kind: 'article'; article: ImportedArticle }

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The sentence shown before a role is deleted: what becomes of what uses it. */
export function deletionConsequences(usage: RoleUsage): string {
  const plans =
    usage.plans.length === 0
      ? 'No plan was made from it.'
      : `${counted(usage.plans.length, 'plan', 'plans')} made from it (${usage.plans.join(', ')}) keep their items and your progress.`
  const comparisons =
    usage.comparisons.length === 0
      ? 'No saved comparison holds it.'
      : `${counted(usage.comparisons.length, 'saved comparison', 'saved comparisons')} (${usage.comparisons.join(', ')}) will show it as deleted.`
  return `${plans} ${comparisons}`
}

/**
 * The imported articles and the roles imports made, managed after the moment to undo an
 * import has passed: rename or delete a role (saying first what uses it), remove an article
 * (taking back what it alone added). Each change can be undone from its notice.
 */
export class YourImports {
  articles = $state<ImportedArticle[]>([])
  loaded = $state(false)
  error = $state<string | null>(null)
  pending = $state<PendingDeletion | null>(null)
  /** The role being renamed and the name typed so far. */
  renaming = $state<{ roleId: string; name: string } | null>(null)
  busy = $state(false)

  readonly #client: YourImportsClient
  readonly #notify: Notify

  constructor(client: YourImportsClient, notify: Notify) {
    this.#client = client
    this.#notify = notify
  }

  /** The roles imports made, each once, in the order their articles list them. */
  get importedRoles(): MergeTarget[] {
    const roles = this.articles.flatMap((article) =>
      article.roles.filter((role) => role.origin === 'imported'),
    )
    return roles.filter((role, at) => roles.findIndex((other) => other.id === role.id) === at)
  }

  async load(): Promise<void> {
    try {
      this.articles = await this.#client.articles()
      this.error = null
    } catch (error) {
      this.error = errorMessage(error)
    } finally {
      this.loaded = true
    }
  }

  /** Asks main what uses the role, to say so before it is deleted. */
  async askToDeleteRole(role: MergeTarget): Promise<void> {
    try {
      this.pending = { kind: 'role', role, usage: await this.#client.roleUsage(role.id) }
    } catch (error) {
      this.#notify(errorMessage(error))
    }
  }

  askToRemoveArticle(article: ImportedArticle): void {
    this.pending = { kind: 'article', article }
  }

  cancelPending(): void {
    this.pending = null
  }

  /** Deletes the role or removes the article waiting for confirmation. */
  async confirmPending(): Promise<void> {
    const pending = this.pending
    if (!pending) return
    const done =
      pending.kind === 'role'
        ? await this.#run(
            () => this.#client.deleteRole(pending.role.id),
            `Deleted “${pending.role.name}”.`,
          )
        : await this.#run(
            () => this.#client.removeArticle(pending.article.id),
            `Removed “${pending.article.title}” and what it alone added.`,
          )
    if (done) this.pending = null
  }

  startRename(role: MergeTarget): void {
    this.renaming = { roleId: role.id, name: role.name }
  }

  cancelRename(): void {
    this.renaming = null
  }

  async confirmRename(): Promise<void> {
    const renaming = this.renaming
    if (!renaming) return
    const done = await this.#run(
      () => this.#client.renameRole(renaming.roleId, renaming.name),
      `Renamed to “${renaming.name.trim()}”.`,
    )
    if (done) this.renaming = null
  }

  async #run(change: () => Promise<UndoHandle>, message: string): Promise<boolean> {
    this.busy = true
    try {
      const { undoId } = await change()
      this.#notify(message, async () => {
        await this.#client.undo(undoId)
        await this.load()
      })
      await this.load()
      return true
    } catch (error) {
      this.#notify(errorMessage(error))
      return false
    } finally {
      this.busy = false
    }
  }
}
