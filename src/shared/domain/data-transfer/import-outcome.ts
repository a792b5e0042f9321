import type { ActivityEvent, Plan, ProgressKey } from '../progress/types'
import type { ArticleRef, Role } from '../role'
import type { SavedComparison } from '../saved-comparison'
import { dataKinds, type DataKind } from './counts'
import type { UserData } from './export-document'
import { mergeLogs, recordsFromLog } from './merge-log'
import { keptBuiltInRoles } from './kept-built-in-roles'
import { withContributionsRestored } from './built-in-contributions'

/** The ids of the articles the user imported, on either side. */
function userArticleIds<Settings>(...sides: Readonly<UserData<Settings>>[]): Set<string> {
  return new Set(sides.flatMap((side) => side.articles.map((article) => article.id)))
}
import { sameRecord } from './same-record'
import type { DataChanges, ImportConflict, KindChanges } from './types'

/** What an import would make of the data, and what it changes. */
export interface ImportOutcome<Settings> {
  /** The new collections, built-in roles included: what the store's data becomes. */
  next: UserData<Settings>
  changes: DataChanges
  /** The records whose two copies differ, and which one the merge keeps. */
  conflicts: ImportConflict[]
}

const noChanges = (): KindChanges => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  conflicts: 0,
  removed: 0,
})

function emptyChanges(): DataChanges {
  return Object.fromEntries(dataKinds.map((kind) => [kind, noChanges()])) as DataChanges
}

/** How one kind of record is identified, named and dated for a merge. */
interface KindRules<T> {
  kind: DataKind
  id: (record: T) => string
  label: (record: T) => string
  /** When the record last changed; without one, a conflict keeps the user's copy. */
  changedAt?: (record: T) => number
}

/** The last time the user changed or deleted a comparison or a plan. */
function lastChange(record: { updatedAt: string; deletedAt?: string | undefined }): number {
  return Math.max(Date.parse(record.updatedAt), Date.parse(record.deletedAt ?? record.updatedAt))
}

const roleRules: KindRules<Role> = { kind: 'roles', id: (r) => r.id, label: (r) => r.name }
const articleRules: KindRules<ArticleRef> = {
  kind: 'articles',
  id: (a) => a.id,
  label: (a) => a.title,
}
const comparisonRules: KindRules<SavedComparison> = {
  kind: 'comparisons',
  id: (c) => c.id,
  label: (c) => c.title,
  changedAt: lastChange,
}
const planRules: KindRules<Plan> = {
  kind: 'plans',
  id: (c) => c.id,
  label: (c) => c.title,
  changedAt: lastChange,
}

/**
 * Keeps both sides' records of one kind: the file's records missing here are added; where both
 * hold a record and they differ, the one changed last wins (a tie, or a kind without dates,
 * keeps yours), and the conflict is noted.
 */
function mergeRecords<T>(
  current: readonly T[],
  incoming: readonly T[],
  rules: KindRules<T>,
  changes: DataChanges,
  conflicts: ImportConflict[],
): T[] {
  const next = [...current]
  const indexById = new Map(current.map((record, index) => [rules.id(record), index]))
  const counts = changes[rules.kind]
  for (const record of incoming) {
    const index = indexById.get(rules.id(record))
    const mine = index === undefined ? undefined : next[index]
    if (index === undefined || mine === undefined) {
      indexById.set(rules.id(record), next.length)
      next.push(record)
      counts.added++
      continue
    }
    if (sameRecord(mine, record)) {
      counts.unchanged++
      continue
    }
    counts.conflicts++
    const fileIsNewer = rules.changedAt ? rules.changedAt(record) > rules.changedAt(mine) : false
    if (fileIsNewer) {
      next[index] = record
      counts.updated++
    } else {
      counts.unchanged++
    }
    conflicts.push({
      kind: rules.kind,
      label: rules.label(mine),
      kept: fileIsNewer ? 'file' : 'yours',
      reason: rules.changedAt
        ? fileIsNewer
          ? 'the file’s copy was changed more recently'
          : 'yours was changed more recently'
        : 'neither copy is dated, so yours is kept',
    })
  }
  return next
}

/**
 * Own roles merge like any kind, except that one taking the id of a built-in role replaces it,
 * as the user's own roles always do when a catalog is merged.
 */
function mergeRoles(
  current: readonly Role[],
  incoming: readonly Role[],
  changes: DataChanges,
  conflicts: ImportConflict[],
): Role[] {
  const builtInIds = new Set(
    current.filter((role) => role.origin === 'builtin').map((role) => role.id),
  )
  const overriding = new Set<string>()
  for (const role of incoming) {
    if (!builtInIds.has(role.id) || overriding.has(role.id)) continue
    overriding.add(role.id)
    conflicts.push({
      kind: 'roles',
      label: role.name,
      kept: 'file',
      reason: 'your own roles take their id over a built-in role’s',
    })
  }
  changes.roles.conflicts += overriding.size
  const kept = current.filter((role) => !overriding.has(role.id))
  return mergeRecords(kept, incoming, roleRules, changes, conflicts)
}

/** Keys both logs changed since they parted: each side holds events for it the other lacks. */
function divergedKeys(
  local: readonly ActivityEvent[],
  incoming: readonly ActivityEvent[],
): Set<ProgressKey> {
  const localIds = new Set(local.map((event) => event.id))
  const incomingIds = new Set(incoming.map((event) => event.id))
  const onlyHere = new Set(local.filter((e) => !incomingIds.has(e.id)).map((e) => e.key))
  return new Set(
    incoming.filter((e) => !localIds.has(e.id) && onlyHere.has(e.key)).map((e) => e.key),
  )
}

/**
 * Merges the activity logs (see {@link mergeLogs}) and derives progress by replaying the result,
 * so progress stays equal to its log and the newest change of each key wins.
 */
function mergeProgress<Settings>(
  current: Readonly<UserData<Settings>>,
  incoming: Readonly<UserData<Settings>>,
  changes: DataChanges,
  conflicts: ImportConflict[],
): Pick<UserData<Settings>, 'activity' | 'progress'> {
  const localById = new Map(current.activity.map((event) => [event.id, event]))
  for (const event of incoming.activity) {
    const mine = localById.get(event.id)
    if (!mine) changes.activity.added++
    else {
      changes.activity.unchanged++
      if (!sameRecord(mine, event)) changes.activity.conflicts++
    }
  }
  const activity = mergeLogs(current.activity, incoming.activity)
  const order = [...current.progress, ...incoming.progress].map((record) => record.key)
  const progress = recordsFromLog(activity, order)
  const before = new Map(current.progress.map((record) => [record.key, record]))
  const fromFile = new Map(incoming.progress.map((record) => [record.key, record]))
  const diverged = divergedKeys(current.activity, incoming.activity)
  for (const record of progress) {
    const mine = before.get(record.key)
    if (!mine) changes.progress.added++
    else if (sameRecord(mine, record)) {
      if (fromFile.has(record.key)) changes.progress.unchanged++
    } else changes.progress.updated++
    if (diverged.has(record.key)) {
      changes.progress.conflicts++
      const kept = sameRecord(record, fromFile.get(record.key)) ? 'file' : 'yours'
      conflicts.push({
        kind: 'progress',
        label: record.key,
        kept,
        reason: 'both changed it; the most recent change counts, and both are logged',
      })
    }
  }
  return { activity, progress }
}

/**
 * Merge: keeps both sides. Records only in the file are added; a record in both that differs
 * is a conflict the newest copy wins (see each kind's rule); the activity logs are joined and
 * progress replayed from them. Your settings stay; the file's fill in those not set here.
 */
export function mergeOutcome<Settings>(
  current: Readonly<UserData<Settings>>,
  incoming: Readonly<UserData<Settings>>,
): ImportOutcome<Settings> {
  const changes = emptyChanges()
  const conflicts: ImportConflict[] = []
  const next: UserData<Settings> = {
    roles: withContributionsRestored(
      mergeRoles(current.roles, incoming.roles, changes, conflicts),
      incoming.builtInRoles,
      userArticleIds(current, incoming),
    ),
    articles: mergeRecords(current.articles, incoming.articles, articleRules, changes, conflicts),
    comparisons: mergeRecords(
      current.comparisons,
      incoming.comparisons,
      comparisonRules,
      changes,
      conflicts,
    ),
    plans: mergeRecords(current.plans, incoming.plans, planRules, changes, conflicts),
    ...mergeProgress(current, incoming, changes, conflicts),
    // Settings describe this computer (where its window sits): yours stay, the file's only
    // fill in what is not set here.
    settings: { ...incoming.settings, ...current.settings },
  }
  return { next, changes, conflicts }
}

/** Added, updated, unchanged and removed records of one kind when `next` replaces `current`. */
function countReplaced<T>(
  current: readonly T[],
  next: readonly T[],
  id: (record: T) => string,
): KindChanges {
  const counts = noChanges()
  const before = new Map(current.map((record) => [id(record), record]))
  const after = new Set(next.map(id))
  for (const record of next) {
    const mine = before.get(id(record))
    if (mine === undefined) counts.added++
    else if (sameRecord(mine, record)) counts.unchanged++
    else counts.updated++
  }
  counts.removed = current.filter((record) => !after.has(id(record))).length
  return counts
}

const visible = <T extends { deletedAt?: string | undefined }>(records: readonly T[]): T[] =>
  records.filter((record) => record.deletedAt === undefined)

/** What a replace changes, kind by kind, against what the user has now. */
export function replaceChanges<Settings>(
  current: Readonly<UserData<Settings>>,
  incoming: Readonly<UserData<Settings>>,
): DataChanges {
  const ownRoles = current.roles.filter((role) => role.origin !== 'builtin')
  return {
    roles: countReplaced(ownRoles, incoming.roles, (role) => role.id),
    articles: countReplaced(current.articles, incoming.articles, (article) => article.id),
    comparisons: countReplaced(visible(current.comparisons), incoming.comparisons, (c) => c.id),
    plans: countReplaced(visible(current.plans), incoming.plans, (c) => c.id),
    progress: countReplaced(current.progress, incoming.progress, (record) => record.key),
    activity: countReplaced(current.activity, incoming.activity, (event) => event.id),
  }
}

/**
 * Replace: the file's data becomes the user's. Built-in roles stay (they ship with the app),
 * except one whose id an own role of the file takes; everything else, settings included, is
 * the file's. Comparisons and plans deleted here and kept only for undo go too.
 */
export function replaceOutcome<Settings>(
  current: Readonly<UserData<Settings>>,
  incoming: Readonly<UserData<Settings>>,
): ImportOutcome<Settings> {
  const { builtInRoles, ...copy } = structuredClone(incoming)
  const builtIn = withContributionsRestored(
    keptBuiltInRoles(current.roles, incoming.roles),
    builtInRoles,
    userArticleIds(incoming),
  )
  const next: UserData<Settings> = { ...copy, roles: [...builtIn, ...copy.roles] }
  return { next, changes: replaceChanges(current, incoming), conflicts: [] }
}
