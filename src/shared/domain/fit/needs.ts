import { groupOfKind } from '../compare/types'
import type { Entity } from '../entity'
import { skillKey } from '../progress/keys'
import { stateOf } from '../progress/replay'
import type { ProgressKey, ProgressState } from '../progress/types'
import type { Role } from '../role'
import type { FitNeed } from './types'

/**
 * What a role needs: every entity its skills and tools sections link, each once, skills first
 * and then tools, each in order of first mention. Like a checklist made from the role, an
 * entity counts by its kind alone: tool, framework and platform are tools, every other kind a
 * skill, and industries are left out (they are not something to learn), as are entities the
 * taxonomy does not know. Each need carries the user's level by `states` (0 when never rated).
 */
export function roleNeeds(
  role: Role,
  entities: ReadonlyMap<string, Entity>,
  states: ReadonlyMap<ProgressKey, ProgressState>,
): FitNeed[] {
  const needs = new Map<string, FitNeed>()
  for (const item of [...role.sections.skills, ...role.sections.tools]) {
    if (item.generic) continue // general abilities (O*NET's Critical Thinking…) are no gap to fill
    for (const id of item.entityIds) {
      const entity = entities.get(id)
      if (!entity || needs.has(id)) continue
      const group = groupOfKind[entity.kind]
      if (group === 'industries') continue
      const key = skillKey(id)
      needs.set(id, {
        entityId: id,
        name: entity.name,
        kind: entity.kind,
        as: group === 'skills' ? 'skill' : 'tool',
        key,
        level: stateOf(states, key).level ?? 0,
      })
    }
  }
  const all = [...needs.values()]
  return [...all.filter((need) => need.as === 'skill'), ...all.filter((need) => need.as === 'tool')]
}
