import { countProgress, stateOf } from '../../../shared/domain/progress'
import type { Plan, PlanSource, ProgressKey } from '../../../shared/domain/progress/types'
import type { PlanSummary, PlanDetail } from '../../../shared/domain/progress/views'
import type { Role } from '../../../shared/domain/role'
import type { ProgressSnapshot } from '../progress/progress-snapshot'

/** The name of every role in the library by id. */
export function roleNamesOf(roles: readonly Role[]): Map<string, string> {
  return new Map(roles.map((role) => [role.id, role.name]))
}

/**
 * What a plan serves, for the list and the page: "For AI Programmer", "From Data Manager
 * to AI Programmer" or "Your own plan". A role no longer in the library shows as its id.
 */
export function sourceLabel(source: PlanSource, roleNames: ReadonlyMap<string, string>) {
  const name = (id: string): string => roleNames.get(id) ?? id
  if (source.kind === 'role') return `For ${name(source.roleId)}`
  if (source.kind === 'transition') return `From ${name(source.fromId)} to ${name(source.toId)}`
  return 'Your own plan'
}

/** A plan as the list shows it, counted by the states in `progress`. */
export function toSummary(
  plan: Plan,
  progress: ProgressSnapshot,
  roleNames: ReadonlyMap<string, string>,
): PlanSummary {
  return {
    id: plan.id,
    title: plan.title,
    source: plan.source,
    archived: plan.archived,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    sourceLabel: sourceLabel(plan.source, roleNames),
    counts: countProgress(plan.items, progress.states),
  }
}

/**
 * A plan with each item's state from `progress` and the titles of the other plans in
 * `all` (deleted ones left out) that hold the same key.
 */
export function toView(
  plan: Plan,
  progress: ProgressSnapshot,
  roleNames: ReadonlyMap<string, string>,
  all: readonly Plan[],
): PlanDetail {
  const titlesByKey = new Map<ProgressKey, string[]>()
  for (const other of all) {
    if (other.id === plan.id || other.deletedAt !== undefined) continue
    for (const { key } of other.items) {
      const titles = titlesByKey.get(key)
      if (!titles) titlesByKey.set(key, [other.title])
      else if (!titles.includes(other.title)) titles.push(other.title)
    }
  }
  return {
    ...toSummary(plan, progress, roleNames),
    items: plan.items.map((item) => ({
      ...item,
      state: stateOf(progress.states, item.key),
      updatedAt: progress.updatedAt.get(item.key),
      alsoIn: titlesByKey.get(item.key) ?? [],
    })),
  }
}
