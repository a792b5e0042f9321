import type { ParsedArticle } from '../../importer/types'
import type { ArticleRef, Role } from '../role'
import { articleRefFor } from './article-ref'
import { contributionSteps } from './contribution'
import { mergeSteps, newImportedRoleSteps, type MergedRole, type MergeOptions } from './merge-role'
import { takeBackArticle } from './take-back-article'
import { runAll, type Steps } from './steps'
import { slugify, uniqueId } from './slug'
import { normaliseText } from './text-match'
import type { ImportDecision, SavedImportRole } from './types'

/** The part of the database an import reads and replaces. */
export interface ImportState {
  roles: Role[]
  articles: ArticleRef[]
}

/**
 * What an import (or a later change to what was imported) replaced, so undo can put it back:
 * null where there was nothing before; `at` where a role that is gone stood in the list.
 */
export interface ImportSnapshot {
  roles: { id: string; before: Role | null; at?: number }[]
  /** Absent for a change that touched no article (a role renamed or deleted). */
  article?: { id: string; before: ArticleRef | null }
}

export interface AppliedImport {
  state: ImportState
  articleId: string
  roles: [SavedImportRole, SavedImportRole]
  snapshot: ImportSnapshot
}

/**
 * Why a pair of decisions cannot be saved, in one sentence for the user; null when they can.
 * Both roles of an article are different roles, so they may not merge into the same role,
 * and a new role may not take a name the library (or the other new role) already uses.
 */
export function decisionProblem(
  decisions: readonly [ImportDecision, ImportDecision],
  roles: readonly Role[],
): string | null {
  const names = new Set<string>()
  const targets = new Set<string>()
  for (const decision of decisions) {
    if (decision.action === 'merge') {
      if (!roles.some((role) => role.id === decision.roleId)) {
        return `There is no role with the id "${decision.roleId}" to merge into.`
      }
      if (targets.has(decision.roleId)) return 'Merge the two roles into two different roles.'
      targets.add(decision.roleId)
      continue
    }
    const name = normaliseText(decision.name)
    if (name === '') return 'Give each new role a name.'
    const existing = roles.find((role) => normaliseText(role.name) === name)
    if (existing) {
      return `A role named “${existing.name}” already exists: merge into it or choose another name.`
    }
    if (names.has(name)) return 'Give the two new roles different names.'
    names.add(name)
  }
  return null
}

/**
 * Applies an article to the library as the user decided, role by role: a new role gets an id
 * made from its name; a merge unions the role's items into the existing role (built-in roles
 * included: see `carryOverImports` for how those survive a catalog update). The article is
 * recorded, or refreshed when it was imported before. Call {@link decisionProblem} first.
 */
export function applyImport(
  state: ImportState,
  article: ParsedArticle,
  decisions: readonly [ImportDecision, ImportDecision],
  catalogArticles: readonly ArticleRef[],
  options: ApplyOptions = {},
): AppliedImport {
  return runAll(applyImportSteps(state, article, decisions, catalogArticles, options))
}

/** How an import is recorded. */
export interface ApplyOptions {
  /** When it is saved (ISO date and time), shown when the same article comes again. */
  importedAt?: string
  /**
   * Import over the earlier import of the same article: what that import alone added is
   * taken back first, so items the article no longer holds go, and nothing is doubled.
   */
  updateEarlier?: boolean
}

/** {@link applyImport} one merged item at a time, for main to run in slices. */
export function* applyImportSteps(
  state: ImportState,
  article: ParsedArticle,
  decisions: readonly [ImportDecision, ImportDecision],
  catalogArticles: readonly ArticleRef[],
  options: ApplyOptions = {},
): Steps<AppliedImport> {
  const found = articleRefFor(article, state.articles, catalogArticles)
  const builtIn = catalogArticles.some((known) => known.id === found.id)
  const roles = [...state.roles]
  const takenIds = new Set(roles.map((role) => role.id))
  const snapshotRoles: ImportSnapshot['roles'] = []
  const remember = (id: string, before: Role | null): void => {
    if (!snapshotRoles.some((known) => known.id === id)) snapshotRoles.push({ id, before })
  }
  if (options.updateEarlier) {
    roles.forEach((role, at) => {
      const taken = takeBackArticle(role, found.id, builtIn)
      if (taken.role === role) return
      remember(role.id, role)
      roles[at] = taken.role
    })
  }
  const contributions = yield* contributionSteps(article, found.id, roles)
  const saved: SavedImportRole[] = []
  for (const [index, decision] of decisions.entries()) {
    const contribution = contributions[index as 0 | 1]
    let merged: MergedRole
    if (decision.action === 'merge') {
      const at = roles.findIndex((role) => role.id === decision.roleId)
      const target = roles[at]
      if (!target) throw new Error(`no role ${decision.roleId} to merge into`)
      remember(target.id, state.roles.find((role) => role.id === target.id) ?? null)
      const merge: MergeOptions = { articleId: found.id, keptApart: keptApartOf(decision) }
      merged = yield* mergeSteps(target, contribution, merge)
      roles[at] = merged.role
    } else {
      const name = decision.name.trim()
      const id = uniqueId(slugify(name, 'imported-role'), takenIds)
      takenIds.add(id)
      remember(id, null)
      merged = yield* newImportedRoleSteps(id, name, contribution, article.title)
      roles.push(merged.role)
    }
    const { role, added, duplicates } = merged
    saved.push({ id: role.id, name: role.name, action: decision.action, added, duplicates })
  }
  const previous = state.articles.find((known) => known.id === found.id) ?? null
  const ref: ArticleRef = {
    ...found,
    ...(options.importedAt !== undefined && { importedAt: options.importedAt }),
    roleIds: saved.map((role) => role.id),
  }
  // A built-in article imported again is cited by the catalog's own record of it.
  const articles = previous
    ? state.articles.map((known) => (known.id === ref.id ? ref : known))
    : builtIn
      ? state.articles
      : [...state.articles, ref]
  return {
    state: { roles, articles },
    articleId: ref.id,
    roles: [saved[0] as SavedImportRole, saved[1] as SavedImportRole],
    snapshot: { roles: snapshotRoles, article: { id: ref.id, before: previous } },
  }
}

/** The near matches a merge decision keeps apart, as sets of positions per list. */
function keptApartOf(decision: ImportDecision): MergeOptions['keptApart'] {
  if (decision.action !== 'merge' || !decision.keepApart) return undefined
  return Object.fromEntries(
    Object.entries(decision.keepApart).map(([key, positions]) => [key, new Set(positions)]),
  )
}

/** The state with what an import replaced put back: new roles removed, merged ones restored. */
export function undoImport(state: ImportState, snapshot: ImportSnapshot): ImportState {
  let roles = [...state.roles]
  for (const { id, before, at } of snapshot.roles) {
    if (!before) roles = roles.filter((role) => role.id !== id)
    else if (roles.some((role) => role.id === id)) {
      roles = roles.map((role) => (role.id === id ? before : role))
    } else roles.splice(at ?? roles.length, 0, before)
  }
  if (!snapshot.article) return { roles, articles: state.articles }
  const { id, before } = snapshot.article
  const articles = before
    ? state.articles.some((known) => known.id === id)
      ? state.articles.map((known) => (known.id === id ? before : known))
      : [...state.articles, before]
    : state.articles.filter((known) => known.id !== id)
  return { roles, articles }
}
