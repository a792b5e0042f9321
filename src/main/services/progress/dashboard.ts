import type { Entity } from '../../../shared/domain/entity'
import {
  completionsByDay,
  currentStreak,
  describeEvent,
  roleReadiness,
} from '../../../shared/domain/progress'
import type {
  ActivityEvent,
  ProgressKey,
  ProgressState,
} from '../../../shared/domain/progress/types'
import type { ActivityView, Dashboard, RoleReadiness } from '../../../shared/domain/progress/views'
import type { Role } from '../../../shared/domain/role'
import type { Db } from '../../store/schema'
import { roleNamesOf, toSummary } from '../plans/plan-detail'
import { endOfLocalDay } from './as-of'
import { itemLabels } from './item-labels'
import { snapshotAsOf } from './progress-snapshot'

/** How many events the dashboard's timeline shows. */
export const RECENT_EVENTS = 20

/** Every role's readiness by `states`, alphabetical by role name. */
export function readinessOf(
  roles: readonly Role[],
  entities: ReadonlyMap<string, Entity>,
  states: ReadonlyMap<ProgressKey, ProgressState>,
): RoleReadiness[] {
  return roles
    .map((role) => roleReadiness(role, entities, states))
    .sort((a, b) => a.roleName.localeCompare(b.roleName, 'en'))
}

/**
 * The progress dashboard as of the end of local day `day` (yyyy-mm-dd), replayed from the log
 * so a past day shows what was true then: the plans that existed and were neither
 * archived nor deleted (counted by that day's states; their items as they are now), every
 * role's readiness, the 365-day completion calendar, the streak and the newest events.
 */
export function buildDashboard(
  db: Readonly<Db>,
  entities: ReadonlyMap<string, Entity>,
  day: string,
): Dashboard {
  const until = endOfLocalDay(day)
  const progress = snapshotAsOf(db.activity, until)
  const roleNames = roleNamesOf(db.roles)
  const calendar = completionsByDay(db.activity, until)
  const labelOf = itemLabels(db, entities)
  const toActivityView = (event: ActivityEvent): ActivityView => ({
    id: event.id,
    at: event.at,
    key: event.key,
    cause: event.cause,
    batchId: event.batchId,
    label: labelOf(event.key),
    summary: describeEvent(event),
    statusBefore: event.before.status,
    statusAfter: event.after.status,
  })
  return {
    asOf: day,
    plans: db.plans
      .filter(
        (plan) =>
          !plan.archived &&
          plan.deletedAt === undefined &&
          Date.parse(plan.createdAt) <= until.getTime(),
      )
      .map((plan) => toSummary(plan, progress, roleNames))
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)),
    readiness: readinessOf(db.roles, entities, progress.states),
    calendar,
    streak: currentStreak(calendar),
    recent: db.activity
      .filter((event) => Date.parse(event.at) <= until.getTime())
      .slice(-RECENT_EVENTS)
      .reverse()
      .map(toActivityView),
  }
}
