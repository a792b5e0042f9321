// Plain counts and labels, apart from any zod schema so the renderer can use them.
import type { ActivityEvent, Plan, ProgressRecord } from '../progress/types'
import type { ArticleRef, Role } from '../role'
import type { SavedComparison } from '../saved-comparison'

/** The kinds of record an export, an import or a backup holds, in the order screens list them. */
export const dataKinds = [
  'roles',
  'articles',
  'comparisons',
  'plans',
  'progress',
  'activity',
] as const
export type DataKind = (typeof dataKinds)[number]

/** How many records of each kind. */
export type DataCounts = Record<DataKind, number>

/** "roles" and so on as a user reads them, singular and plural. */
export const dataKindLabels: Record<DataKind, { one: string; many: string }> = {
  roles: { one: 'role of your own', many: 'roles of your own' },
  articles: { one: 'imported article', many: 'imported articles' },
  comparisons: { one: 'saved comparison', many: 'saved comparisons' },
  plans: { one: 'plan', many: 'plans' },
  progress: { one: 'progress record', many: 'progress records' },
  activity: { one: 'logged change', many: 'logged changes' },
}

/** "3 plans", "1 plan". */
export function countPhrase(kind: DataKind, count: number): string {
  const label = dataKindLabels[kind]
  return `${count.toLocaleString('en')} ${count === 1 ? label.one : label.many}`
}

/** The collections the counts are taken from (a database, an export's data). */
export interface CountedData {
  roles: readonly Pick<Role, 'origin'>[]
  articles: readonly ArticleRef[]
  comparisons: readonly Pick<SavedComparison, 'deletedAt'>[]
  plans: readonly Pick<Plan, 'deletedAt'>[]
  progress: readonly ProgressRecord[]
  activity: readonly ActivityEvent[]
}

/**
 * What the user made, by kind: built-in roles are not counted (they ship with the app), nor
 * comparisons and plans deleted and only kept for undo.
 */
export function countData(data: CountedData): DataCounts {
  return {
    roles: data.roles.filter((role) => role.origin !== 'builtin').length,
    articles: data.articles.length,
    comparisons: data.comparisons.filter((comparison) => comparison.deletedAt === undefined).length,
    plans: data.plans.filter((plan) => plan.deletedAt === undefined).length,
    progress: data.progress.length,
    activity: data.activity.length,
  }
}
