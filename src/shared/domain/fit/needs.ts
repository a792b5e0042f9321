import { groupOf } from '../compare/types'
import type { Entity } from '../entity'
import { skillKey } from '../progress/keys'
import { stateOf } from '../progress/replay'
import type { ProgressKey, ProgressState } from '../progress/types'
import type { Role } from '../role'
import { FIT_TOP_LEVEL, FIT_WEIGHTS, type FitNeed } from './types'

/**
 * What a role needs: every entity its skills and tools sections link, each once, skills first
 * and then tools, each in order of first mention. Like a plan made from the role, an
 * entity counts by its kind alone: tool, framework and platform are tools, every other kind a
 * skill, and industries are left out (they are not something to learn), as are entities the
 * taxonomy does not know. Each need carries the user's level by `states` (0 when never rated,
 * with `rated` false) and how many points the fit would gain were it learned in full.
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
      const group = groupOf(entity.kind)
      if (group === undefined || group === 'industries') continue
      const key = skillKey(id)
      const level = stateOf(states, key).level
      needs.set(id, {
        entityId: id,
        name: entity.name,
        kind: entity.kind,
        as: group === 'skills' ? 'skill' : 'tool',
        key,
        level: level ?? 0,
        rated: level !== null,
        gain: 0,
      })
    }
  }
  const all = [...needs.values()]
  const totalWeight = all.reduce((sum, need) => sum + FIT_WEIGHTS[need.as], 0)
  for (const need of all) {
    const missing = (FIT_WEIGHTS[need.as] * (FIT_TOP_LEVEL - need.level)) / FIT_TOP_LEVEL
    need.gain = Math.round((100 * missing) / totalWeight)
  }
  return [...all.filter((need) => need.as === 'skill'), ...all.filter((need) => need.as === 'tool')]
}
