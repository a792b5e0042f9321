import type { Entity } from '../entity'
import type { EntityLabel } from '../library'
import type { Role } from '../role'
import { byName, entityLabel, linkedEntities } from './entity-sets'
import { pairOverlap } from './similarity'
import { groupOf, type EntityGroup, type Transition } from './types'

const noEntities = (): Record<EntityGroup, EntityLabel[]> => ({
  skills: [],
  tools: [],
  industries: [],
})

/**
 * What moving from one role to another takes: the target's entities the current role lacks,
 * those it already has, each group alphabetical, and the target's practical tips.
 */
export function transitionBetween(
  from: Role,
  to: Role,
  entities: ReadonlyMap<string, Entity>,
): Transition {
  const have = linkedEntities(from, entities)
  const needed = noEntities()
  const carriedOver = noEntities()
  for (const entity of [...linkedEntities(to, entities).values()].sort(byName)) {
    const into = have.has(entity.id) ? carriedOver : needed
    const group = groupOf(entity.kind)
    if (group) into[group].push(entityLabel(entity))
  }
  return {
    from: { id: from.id, name: from.name },
    to: { id: to.id, name: to.name },
    needed,
    carriedOver,
    tips: to.sections.tips,
    score: pairOverlap(from, to, entities).score,
  }
}
