import type { Entity } from '../entity'
import { stateOf } from '../progress/replay'
import type { ProgressKey, ProgressState } from '../progress/types'
import type { Role } from '../role'
import { roleNeeds } from './needs'
import type { SkillEntry } from './types'

/**
 * The skills page: every skill and tool at least one role needs (see {@link roleNeeds}), with
 * how many roles need it and the user's level by `states` (null when never rated), sorted by
 * name.
 */
export function skillCatalog(
  roles: readonly Role[],
  entities: ReadonlyMap<string, Entity>,
  states: ReadonlyMap<ProgressKey, ProgressState>,
): SkillEntry[] {
  const byId = new Map<string, SkillEntry>()
  for (const role of roles) {
    for (const need of roleNeeds(role, entities, states)) {
      const entry = byId.get(need.entityId)
      if (entry) {
        entry.roleCount += 1
        continue
      }
      byId.set(need.entityId, {
        entityId: need.entityId,
        name: need.name,
        kind: need.kind,
        aliases: [...(entities.get(need.entityId)?.aliases ?? [])],
        key: need.key,
        roleCount: 1,
        level: stateOf(states, need.key).level,
      })
    }
  }
  return [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || a.entityId.localeCompare(b.entityId, 'en'),
  )
}
