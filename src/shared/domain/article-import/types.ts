// What the Import view and main exchange. Plain types with no zod, so the renderer can use them.
import type { ParsedArticle } from '../../importer/types'
import type { ItemFate } from './merge-items'
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

/** What a merge would do with one incoming item (see `ItemFate` in merge-items). */
export type { ItemFate }

/** What merging one parsed role into an existing role would do, item by item. */
export interface RoleMergePreview {
  roleId: string
  /**
   * Per list, each item's fate: the role's own items first, then the ones the article shares
   * between both roles, as saving merges them.
   */
  fates: Record<MergedListKey, ItemFate[]>
  added: number
  already: number
  near: number
}

/** The earlier import of the same article, found when it comes again. */
export interface EarlierImport {
  articleId: string
  title: string
  /** A built-in article: the library's built-in roles were written from it. */
  builtIn: boolean
  /** When the user imported it (ISO); null for a built-in article. */
  importedAt: string | null
  /** Whether the text is the same or nearly so: most of its items are there, credited to it. */
  sameText: boolean
  /** Where its two roles went last time (or would go by name), in article order. */
  roleIds: [string | null, string | null]
}

/** Everything the Import view shows before anything is saved. */
export interface ImportPreview {
  article: ParsedArticle
  /**
   * Per parsed role, in article order: the role it went to when this article was last
   * imported, else the existing role whose name or alias matches it; null when none does.
   */
  suggestedRoleIds: [string | null, string | null]
  /** Per parsed role, what merging into its suggested role would do; null without one. */
  merges: [RoleMergePreview | null, RoleMergePreview | null]
  /** The earlier import of this article, when it was imported (or built in) before. */
  earlier: EarlierImport | null
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
  /** Pass to `articleImport:undo` to put the roles and articles back as they were. */
  undoId: string
}

/** An article the user imported, with the roles that still cite it. */
export interface ImportedArticle {
  id: string
  title: string
  /** When it was imported (ISO); null for one imported before dates were kept. */
  importedAt: string | null
  roles: MergeTarget[]
}

/** What uses a role: the plans made from it and the saved comparisons holding it, by title. */
export interface RoleUsage {
  plans: string[]
  comparisons: string[]
}

/** The handle that undoes a change to what was imported, for `articleImport:undo`. */
export interface UndoHandle {
  undoId: string
}

/** What the open dialog gave: the article's text, or nothing when the user cancelled. */
export type OpenedArticle = { opened: true; fileName: string; text: string } | { opened: false }
