import type { ParsedArticle } from '../../importer/types'
import type { ArticleRef, Role } from '../role'
import type { ImportState } from './apply-import'
import { articleRefFor, knownArticle } from './article-ref'
import { contributionSteps, type RoleContribution } from './contribution'
import { mergeSteps } from './merge-role'
import { runAll, type Steps } from './steps'
import { suggestRole } from './suggest-role'
import type { EarlierImport, RoleMergePreview } from './types'

/** From this share of its items already there, an article under a known title is the same text. */
const SAME_TEXT_SHARE = 0.8

function* mergePreviewSteps(
  role: Role,
  contribution: RoleContribution,
  articleId: string,
): Steps<RoleMergePreview> {
  const merged = yield* mergeSteps(role, contribution, { articleId })
  const fates = Object.values(merged.fates).flat()
  return {
    roleId: role.id,
    fates: merged.fates,
    added: fates.filter((fate) => fate.verdict === 'new').length,
    already: fates.filter((fate) => fate.verdict === 'same').length,
    near: fates.filter((fate) => fate.verdict === 'near').length,
  }
}

/**
 * What merging one parsed role into `roleId` would do, item by item, before anything is
 * saved: each item new, already there (and which item it matches) or a near match. Null when
 * there is no such role.
 */
export function previewMerge(
  state: ImportState,
  article: ParsedArticle,
  roleIndex: 0 | 1,
  roleId: string,
  catalogArticles: readonly ArticleRef[],
): RoleMergePreview | null {
  return runAll(previewMergeSteps(state, article, roleIndex, roleId, catalogArticles))
}

/** {@link previewMerge} one item at a time, for main to run in slices. */
export function* previewMergeSteps(
  state: ImportState,
  article: ParsedArticle,
  roleIndex: 0 | 1,
  roleId: string,
  catalogArticles: readonly ArticleRef[],
): Steps<RoleMergePreview | null> {
  const role = state.roles.find((candidate) => candidate.id === roleId)
  if (!role) return null
  const ref = articleRefFor(article, state.articles, catalogArticles)
  const contribution = (yield* contributionSteps(article, ref.id, state.roles))[roleIndex]
  return yield* mergePreviewSteps(role, contribution, ref.id)
}

/**
 * The earlier import of this article, if there was one (same title, or a built-in article of
 * the same two roles), with whether its text is the same or nearly so: most of its items are
 * already in the roles it went to, credited to it.
 */
export function earlierImportOf(
  state: ImportState,
  article: ParsedArticle,
  catalogArticles: readonly ArticleRef[],
): EarlierImport | null {
  return runAll(earlierImportSteps(state, article, catalogArticles))
}

/** {@link earlierImportOf} one item at a time, for main to run in slices. */
export function* earlierImportSteps(
  state: ImportState,
  article: ParsedArticle,
  catalogArticles: readonly ArticleRef[],
): Steps<EarlierImport | null> {
  const known = knownArticle(article.title, state.articles, catalogArticles)
  if (!known) return null
  const roleIds = targetsOf(state, article, known.ref)
  const contributions = yield* contributionSteps(article, known.ref.id, state.roles)
  let items = 0
  let already = 0
  for (const [index, roleId] of roleIds.entries()) {
    const role = state.roles.find((candidate) => candidate.id === roleId)
    const contribution = contributions[index === 0 ? 0 : 1]
    if (!role) continue
    const merged = yield* mergeSteps(role, contribution, { articleId: known.ref.id })
    const fates = Object.values(merged.fates).flat()
    items += fates.length
    already += fates.filter((fate) => fate.verdict !== 'new' && fate.sameArticle).length
  }
  return {
    articleId: known.ref.id,
    title: known.ref.title,
    builtIn: known.from === 'catalog',
    importedAt: known.ref.importedAt ?? null,
    sameText: items > 0 && already / items >= SAME_TEXT_SHARE,
    roleIds,
  }
}

/**
 * Where each parsed role goes by default: the role it went to when this article was last
 * imported, if that role still exists; otherwise the role whose name or alias it bears.
 */
function targetsOf(
  state: ImportState,
  article: ParsedArticle,
  earlier: ArticleRef | null,
): [string | null, string | null] {
  const exists = (id: string | undefined): string | null =>
    id !== undefined && state.roles.some((role) => role.id === id) ? id : null
  const pick = (index: 0 | 1): string | null =>
    exists(earlier?.roleIds?.[index]) ??
    suggestRole(article.roles[index].name, state.roles)?.id ??
    null
  const first = pick(0)
  const second = pick(1)
  // Both roles of one article never merge into the same role.
  return [first, second === first ? null : second]
}

/** The default targets of both parsed roles, as {@link targetsOf} picks them. */
export function defaultTargets(
  state: ImportState,
  article: ParsedArticle,
  catalogArticles: readonly ArticleRef[],
): [string | null, string | null] {
  const known = knownArticle(article.title, state.articles, catalogArticles)
  return targetsOf(state, article, known?.ref ?? null)
}
