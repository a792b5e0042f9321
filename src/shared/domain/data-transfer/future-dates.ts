import type { UserData } from './export-document'

/** Clock differences between two computers: dates this far ahead are not worth a word. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000

/**
 * An import's dates brought back to `now` where they lie after it, with how many lay more
 * than a day after it.
 *
 * Why clamp rather than refuse or keep: a merge lets the record changed last win, so a record
 * dated 9999 would win every merge for ever, and sync will compare the same dates. Refusing a
 * whole file for one wrong clock is harsh, and the record itself is fine. Clamping to `now` is
 * monotone, so the activity log keeps its order and progress records stay equal to its replay
 * (both are clamped alike); the preview says how many dates were changed.
 */
export function clampFutureDates<Settings>(
  data: UserData<Settings>,
  now: Date,
): { data: UserData<Settings>; clamped: number } {
  const limit = now.getTime()
  const limitText = now.toISOString()
  let clamped = 0
  const clamp = (iso: string): string => {
    const at = Date.parse(iso)
    if (at <= limit) return iso
    if (at > limit + CLOCK_SKEW_MS) clamped++
    return limitText
  }
  const clampOptional = (iso: string | undefined): { deletedAt?: string } =>
    iso === undefined ? {} : { deletedAt: clamp(iso) }
  const result: UserData<Settings> = {
    ...data,
    comparisons: data.comparisons.map((comparison) => ({
      ...comparison,
      createdAt: clamp(comparison.createdAt),
      updatedAt: clamp(comparison.updatedAt),
      ...clampOptional(comparison.deletedAt),
    })),
    plans: data.plans.map((plan) => ({
      ...plan,
      createdAt: clamp(plan.createdAt),
      updatedAt: clamp(plan.updatedAt),
      ...clampOptional(plan.deletedAt),
    })),
    progress: data.progress.map((record) => ({ ...record, updatedAt: clamp(record.updatedAt) })),
    activity: data.activity.map((event) => ({ ...event, at: clamp(event.at) })),
  }
  return { data: result, clamped }
}

/** The preview's warning when dates were brought back to the time of import. */
export function futureDatesWarning(count: number): string {
  const what = count === 1 ? '1 date lay' : `${count.toLocaleString('en')} dates lay`
  return `${what} in the future (the other computer's clock may be wrong); they are set to the time of this import, so those records do not win every later merge.`
}
