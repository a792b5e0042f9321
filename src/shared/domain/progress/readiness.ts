import type { Entity } from '../entity'
import type { Role } from '../role'
import { itemsForRole } from './plan-builders'
import { stateOf } from './replay'
import type { ProgressKey, ProgressState } from './types'
import type { RoleReadiness } from './views'

/**
 * How ready the user is for a role, whatever plan they track it in: its practical tips
 * and the skills and tools its skills and tools sections link (the keys a plan made from
 * the role holds), counting a key as done only when its status is done. A skipped key still
 * counts towards the total: skipping an item in a plan does not make the role need it less.
 * Percent is over tips and skills together, and 0 for a role with neither.
 */
export function roleReadiness(
  role: Role,
  entities: ReadonlyMap<string, Entity>,
  states: ReadonlyMap<ProgressKey, ProgressState>,
): RoleReadiness {
  const tips = { done: 0, total: 0 }
  const skills = { done: 0, total: 0 }
  for (const item of itemsForRole(role, entities)) {
    const tally = item.group === 'tips' ? tips : skills
    tally.total += 1
    if (stateOf(states, item.key).status === 'done') tally.done += 1
  }
  const total = tips.total + skills.total
  return {
    roleId: role.id,
    roleName: role.name,
    tips,
    skills,
    percent: total === 0 ? 0 : Math.round((100 * (tips.done + skills.done)) / total),
  }
}
