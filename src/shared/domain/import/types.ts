// What the Import view and main exchange. Plain types with no zod, so the renderer can use them.
import type { ParsedArticle } from '../../importer/types'
import type { EntityLabel } from '../library'
import type { Role } from '../role'
import type { SectionKey } from '../sections'

/** A list of a role a merge fills: one of its sections, or its outlook statements. */
export type MergedListKey = SectionKey | 'outlook'

/**
 * What to do with one parsed role: save it as a new role, or merge it into an existing one.
 * `keepApart` lists, per list, the positions of the role's near matches the user keeps as
 * items of their own; every other near match only credits the item it comes near.
 */
export type ImportDecision =
  | { action: 'new'; name: string }
  | {
      action: 'merge'
      roleId: string
      keepApart?: Partial<Record<MergedListKey, number[]>>
    }

/** A role of the library the user may merge a parsed role into. */
export interface MergeTarget {
  id: string
  name: string
  origin: Role['origin']
}

/** Everything the Import view shows before anything is saved. */
export interface ImportPreview {
  article: ParsedArticle
  /**
   * Per parsed role, in article order: the existing role whose name or alias matches it, as
   * the suggested merge target; null when none does.
   */
  suggestedRoleIds: [string | null, string | null]
  /** Every role in the library, by name, for the "merge into" choice. */
  mergeTargets: MergeTarget[]
  /** Every entity the article's items link to, by id, for their chips. */
  entities: Record<string, EntityLabel>
}

/** What saving did to one role. */
export interface SavedImportRole {
  id: string
  name: string
  action: ImportDecision['action']
  /** Items, outlook statements and figures that were new to the role. */
  added: number
  /** Items that were already there: each now also cites the article instead of being doubled. */
  duplicates: number
}

/** What an import saved, with the handle that undoes it. */
export interface ImportResult {
  articleId: string
  roles: [SavedImportRole, SavedImportRole]
  /** Pass to `import:undo` to put the roles and articles back as they were. */
  undoId: string
}

/** What the open dialog gave: the article's text, or nothing when the user cancelled. */
export type OpenedArticle = { opened: true; fileName: string; text: string } | { opened: false }
