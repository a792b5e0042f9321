import type { Entity } from '../entity'
import { entityGroups, groupOf, type EntityGroup } from './types'
import { listPhrase } from './list-phrase'

/** The entities behind a pair's score, each list most influential first. */
export interface OverlapDrivers {
  firstName: string
  secondName: string
  shared: readonly Entity[]
  onlyFirst: readonly Entity[]
  onlySecond: readonly Entity[]
}

const names = (entities: readonly Entity[]): string => listPhrase(entities.map((e) => e.name))

const needsAlone = (name: string, only: readonly Entity[]): string =>
  only.length > 0 ? `${name} alone needs ${names(only)}` : ''

/** The group whose shared entities add the most weight; ties go to the group listed first. */
function leadingGroup(
  shared: readonly Entity[],
  weights: Readonly<Record<EntityGroup, number>>,
): EntityGroup {
  const weightOf = (group: EntityGroup): number =>
    weights[group] * shared.filter((entity) => groupOf(entity.kind) === group).length
  return entityGroups.reduce((best, group) => (weightOf(group) > weightOf(best) ? group : best))
}

/**
 * One sentence naming what drove a pair's score: the group most of the overlap is in and its
 * shared entities, then what each role needs alone, at most three names per part.
 */
export function explainOverlap(
  drivers: OverlapDrivers,
  weights: Readonly<Record<EntityGroup, number>>,
): string {
  const { firstName, secondName, shared, onlyFirst, onlySecond } = drivers
  if (onlyFirst.length === 0 && onlySecond.length === 0) {
    return shared.length === 0
      ? 'Neither role names any skills, tools or industries yet, so nothing sets them apart.'
      : `Both roles need the same skills, tools and industries: ${names(shared)}.`
  }
  if (shared.length === 0) {
    const side = (name: string, only: readonly Entity[]): string =>
      needsAlone(name, only) || `${name} names no skills, tools or industries`
    return `Nothing in common: ${side(firstName, onlyFirst)}; ${side(secondName, onlySecond)}.`
  }
  const group = leadingGroup(shared, weights)
  const inGroup = shared.filter((entity) => groupOf(entity.kind) === group)
  const unique = [needsAlone(firstName, onlyFirst), needsAlone(secondName, onlySecond)]
  return `Most of the overlap is in ${group}: ${names(inGroup)}; ${unique.filter(Boolean).join('; ')}.`
}
