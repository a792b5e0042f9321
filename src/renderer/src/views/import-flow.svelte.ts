import type {
  ImportDecision,
  ImportPreview,
  ImportResult,
  MergedListKey,
  OpenedArticle,
  RoleMergePreview,
} from '@shared/domain/article-import/types'
import {
  initialDecision,
  toDecisions,
  type RoleDecisionDraft,
} from '../components/article-import/role-decision'
import { errorMessage } from '../lib/api'

/** What the import screen asks of main, each answer unwrapped (a failure throws). */
export interface ImportClient {
  preview(text: string): Promise<ImportPreview>
  openFile(): Promise<OpenedArticle>
  mergePreview(input: { text: string; roleIndex: 0 | 1; roleId: string }): Promise<RoleMergePreview>
  save(input: {
    text: string
    roles: [ImportDecision, ImportDecision]
    updateEarlier?: boolean
  }): Promise<ImportResult>
  undo(undoId: string): Promise<void>
}

/** The merge shown for one parsed role: what merging into its chosen role would do. */
export interface ShownMerge {
  roleId: string
  preview: RoleMergePreview | null
  loading: boolean
  error: string | null
}

/** Per list, the positions of near matches the user keeps as items of their own. */
export type KeptApart = Partial<Record<MergedListKey, number[]>>

type Busy = 'preview' | 'open' | 'save' | 'undo' | null

/**
 * The import screen's flow, apart from the DOM: paste or open an article, preview it with
 * what merging each role would do item by item, decide (role by role, and near match by near
 * match), save, and undo. Every call to main goes through the client; messages for the
 * user through `notify`.
 */
export class ImportFlow {
  text = $state('')
  inputError = $state<string | null>(null)
  busy = $state<Busy>(null)
  preview = $state<ImportPreview | null>(null)
  decisions = $state<[RoleDecisionDraft, RoleDecisionDraft]>([
    initialDecision('', null),
    initialDecision('', null),
  ])
  merges = $state<[ShownMerge | null, ShownMerge | null]>([null, null])
  keptApart = $state<[KeptApart, KeptApart]>([{}, {}])
  /** When the article was imported before: save over that import (the default) or beside it. */
  updateEarlier = $state(true)
  saveError = $state<string | null>(null)
  result = $state<ImportResult | null>(null)

  readonly #client: ImportClient
  readonly #notify: (message: string) => void
  // The text the preview was made from: the decisions and merges belong to it.
  #previewedText = ''

  constructor(client: ImportClient, notify: (message: string) => void) {
    this.#client = client
    this.#notify = notify
  }

  /** Parses the text and shows the preview; true when there is one to look at. */
  async showPreview(): Promise<boolean> {
    this.busy = 'preview'
    this.inputError = null
    try {
      const next = await this.#client.preview(this.text)
      const [first, suggested] = next.suggestedRoleIds
      // Both roles of one article never merge into the same role.
      const second = suggested === first ? null : suggested
      this.decisions = [
        initialDecision(next.article.roles[0].name, first),
        initialDecision(next.article.roles[1].name, second),
      ]
      this.merges = [shown(first, next.merges[0]), shown(second, next.merges[1])]
      this.keptApart = [{}, {}]
      this.updateEarlier = true
      this.saveError = null
      this.#previewedText = this.text
      this.preview = next
      return true
    } catch (error) {
      this.inputError = errorMessage(error)
      return false
    } finally {
      this.busy = null
    }
  }

  /** Reads an article file into the text box. */
  async openFile(): Promise<void> {
    this.busy = 'open'
    this.inputError = null
    try {
      const opened = await this.#client.openFile()
      if (opened.opened) {
        this.text = opened.text
        this.#notify(`Read “${opened.fileName}”.`)
      }
    } catch (error) {
      this.inputError = errorMessage(error)
    } finally {
      this.busy = null
    }
  }

  /**
   * Follows the decision of one role: when it merges into a role other than the one shown,
   * asks main what that merge would do. Near matches kept apart belong to the old target.
   */
  async followDecision(index: 0 | 1): Promise<void> {
    const decision = this.decisions[index]
    const roleId = decision.action === 'merge' ? decision.roleId : ''
    if (roleId === '' || this.merges[index]?.roleId === roleId) return
    this.keptApart[index] = {}
    this.merges[index] = { roleId, preview: null, loading: true, error: null }
    try {
      const preview = await this.#client.mergePreview({
        text: this.#previewedText,
        roleIndex: index,
        roleId,
      })
      // The user may have chosen yet another role meanwhile; only the latest answer shows.
      if (this.merges[index]?.roleId === roleId) {
        this.merges[index] = { roleId, preview, loading: false, error: null }
      }
    } catch (error) {
      if (this.merges[index]?.roleId === roleId) {
        this.merges[index] = { roleId, preview: null, loading: false, error: errorMessage(error) }
      }
    }
  }

  /** The merge preview for a role, when it merges into the role that preview is about. */
  mergeShown(index: 0 | 1): RoleMergePreview | null {
    const decision = this.decisions[index]
    const merge = this.merges[index]
    if (decision.action !== 'merge' || !merge || merge.roleId !== decision.roleId) return null
    return merge.preview
  }

  /** Whether the user keeps a near match as an item of its own. */
  isKeptApart(index: 0 | 1, key: MergedListKey, position: number): boolean {
    return this.keptApart[index][key]?.includes(position) ?? false
  }

  /** Keeps a near match apart, or merges it again. */
  setKeptApart(index: 0 | 1, key: MergedListKey, position: number, kept: boolean): void {
    const positions = (this.keptApart[index][key] ?? []).filter((at) => at !== position)
    this.keptApart[index][key] = kept ? [...positions, position] : positions
  }

  /** Leaves the preview without saving. */
  cancel(): void {
    this.preview = null
    this.#notify('Import cancelled. Nothing was saved.')
  }

  /** Saves as decided; true when saved. */
  async confirm(): Promise<boolean> {
    const chosen = toDecisions(this.decisions)
    if (typeof chosen === 'string') {
      this.saveError = chosen
      return false
    }
    const withKept = (decision: ImportDecision, index: 0 | 1): ImportDecision => {
      const keepApart = Object.fromEntries(
        Object.entries(this.keptApart[index]).filter(([, positions]) => positions.length > 0),
      )
      return decision.action === 'merge' && Object.keys(keepApart).length > 0
        ? { ...decision, keepApart }
        : decision
    }
    const roles: [ImportDecision, ImportDecision] = [withKept(chosen[0], 0), withKept(chosen[1], 1)]
    this.busy = 'save'
    this.saveError = null
    try {
      const earlier = this.preview?.earlier
      this.result = await this.#client.save({
        text: this.#previewedText,
        roles,
        ...(earlier && !earlier.builtIn && { updateEarlier: this.updateEarlier }),
      })
      this.preview = null
      this.text = ''
      return true
    } catch (error) {
      this.saveError = errorMessage(error)
      return false
    } finally {
      this.busy = null
    }
  }

  /** Undoes the import just saved; true when undone. */
  async undo(): Promise<boolean> {
    if (!this.result) return false
    this.busy = 'undo'
    try {
      await this.#client.undo(this.result.undoId)
      this.result = null
      this.#notify('Import undone. The library is as it was before.')
      return true
    } catch (error) {
      this.#notify(errorMessage(error))
      return false
    } finally {
      this.busy = null
    }
  }

  /** Closes the saved summary, for another import. */
  startAnother(): void {
    this.result = null
  }
}

function shown(roleId: string | null, preview: RoleMergePreview | null): ShownMerge | null {
  return roleId === null ? null : { roleId, preview, loading: false, error: null }
}
