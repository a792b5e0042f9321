import type { Plan } from '../progress/types'
import type { Role } from '../role'
import type { SavedComparison } from '../saved-comparison'
import type { ImportSnapshot, ImportState } from './apply-import'
import { citesArticle, takeBackArticle } from './take-back-article'
import { normaliseText } from './text-match'
import type { ImportedArticle, RoleUsage } from './types'

/** A change to what was imported, or why it cannot be made. */
export type ManageOutcome =
  { ok: true; state: ImportState; snapshot: ImportSnapshot } | { ok: false; message: string }

const refuse = (message: string): ManageOutcome => ({ ok: false, message })

function importedRole(state: ImportState, roleId: string): Role | string {
  const role = state.roles.find((candidate) => candidate.id === roleId)
  if (!role) return 'That role is no longer in the library.'
  if (role.origin !== 'imported')
    return 'Only roles made by an import can be renamed or deleted here.'
  return role
}

/** The articles the user imported, newest first, with the roles that still cite them. */
export function importedArticles(state: ImportState): ImportedArticle[] {
  return state.articles
    .map((article) => ({
      id: article.id,
      title: article.title,
      importedAt: article.importedAt ?? null,
      roles: state.roles
        .filter((role) => citesArticle(role, article.id))
        .map((role) => ({ id: role.id, name: role.name, origin: role.origin })),
    }))
    .sort((a, b) => (b.importedAt ?? '').localeCompare(a.importedAt ?? ''))
}

/** The plans made from a role and the saved comparisons that hold it, by title. */
export function roleUsage(
  roleId: string,
  plans: readonly Plan[],
  comparisons: readonly SavedComparison[],
): RoleUsage {
  const live = <T extends { deletedAt?: string | undefined }>(records: readonly T[]): T[] =>
    records.filter((record) => record.deletedAt === undefined)
  return {
    plans: live(plans)
      .filter(({ source }) =>
        source.kind === 'role'
          ? source.roleId === roleId
          : source.kind === 'transition' && (source.fromId === roleId || source.toId === roleId),
      )
      .map((plan) => plan.title),
    comparisons: live(comparisons)
      .filter((comparison) => comparison.roleIds.includes(roleId))
      .map((comparison) => comparison.title),
  }
}

/** Renames a role an import made; refused for other roles and names already taken. */
export function renameImportedRole(
  state: ImportState,
  roleId: string,
  name: string,
): ManageOutcome {
  const role = importedRole(state, roleId)
  if (typeof role === 'string') return refuse(role)
  const trimmed = name.trim()
  if (trimmed === '') return refuse('Give the role a name.')
  const taken = state.roles.find(
    (other) => other.id !== roleId && normaliseText(other.name) === normaliseText(trimmed),
  )
  if (taken) return refuse(`A role named “${taken.name}” already exists: choose another name.`)
  return {
    ok: true,
    state: {
      ...state,
      roles: state.roles.map((other) => (other.id === roleId ? { ...role, name: trimmed } : other)),
    },
    snapshot: { roles: [{ id: roleId, before: role }] },
  }
}

/**
 * Deletes a role an import made. Plans made from it keep their items and progress; saved
 * comparisons that hold it say it was deleted (they keep its name).
 */
export function deleteImportedRole(state: ImportState, roleId: string): ManageOutcome {
  const role = importedRole(state, roleId)
  if (typeof role === 'string') return refuse(role)
  const at = state.roles.indexOf(role)
  return {
    ok: true,
    state: { ...state, roles: state.roles.filter((other) => other.id !== roleId) },
    snapshot: { roles: [{ id: roleId, before: role, at }] },
  }
}

/**
 * Removes an imported article: every role loses what that article alone gave it (items only
 * it states go; others only stop citing it), and the article leaves the library.
 */
export function removeImportedArticle(state: ImportState, articleId: string): ManageOutcome {
  const article = state.articles.find((known) => known.id === articleId)
  if (!article) return refuse('That article is no longer in the library.')
  const snapshotRoles: ImportSnapshot['roles'] = []
  const roles = state.roles.map((role) => {
    const taken = takeBackArticle(role, articleId)
    if (taken.role !== role) snapshotRoles.push({ id: role.id, before: role })
    return taken.role
  })
  return {
    ok: true,
    state: { roles, articles: state.articles.filter((known) => known.id !== articleId) },
    snapshot: { roles: snapshotRoles, article: { id: articleId, before: article } },
  }
}
