import type { Entity, EntityKind } from '../entity'
import type { Role } from '../role'
import { byName, linkedEntities } from './entity-sets'
import { explainOverlap } from './explain-overlap'
import {
  entityGroups,
  groupOf,
  type EntityGroup,
  type GroupCounts,
  type PairOverlap,
} from './types'

/** How much each group counts towards a pair's score: what you know weighs most. */
export const SIMILARITY_WEIGHTS: Readonly<Record<EntityGroup, number>> = {
  skills: 0.45,
  tools: 0.35,
  industries: 0.2,
}

const percent = (group: EntityGroup): number => Math.round(SIMILARITY_WEIGHTS[group] * 100)

/** The score's formula in one plain sentence, for the compare view. */
export const SIMILARITY_FORMULA =
  'Shared skills, tools and industries as a share of all those either role needs, ' +
  `weighted ${entityGroups.map(percent).join(' / ')}.`

const weightOf = (entity: Entity): number => {
  const group = groupOf(entity.kind)
  return group ? SIMILARITY_WEIGHTS[group] : 0
}

/** Heaviest group first, then alphabetical: the order "most influential first" means. */
// Within a group, concrete things to learn explain a score better than soft skills do.
const KIND_ORDER: readonly EntityKind[] = [
  'language',
  'framework',
  'tool',
  'platform',
  'concept',
  'discipline',
  'industry',
  'soft-skill',
]
const kindRank = (entity: Entity): number => KIND_ORDER.indexOf(entity.kind)

const byInfluence = (a: Entity, b: Entity): number =>
  weightOf(b) - weightOf(a) || kindRank(a) - kindRank(b) || byName(a, b)

function countByGroup(shared: Entity[], onlyFirst: Entity[], onlySecond: Entity[]): GroupCounts {
  const inGroup = (list: Entity[], group: EntityGroup): number =>
    list.filter((entity) => groupOf(entity.kind) === group).length
  const count = (group: EntityGroup): GroupCounts[EntityGroup] => ({
    shared: inGroup(shared, group),
    onlyFirst: inGroup(onlyFirst, group),
    onlySecond: inGroup(onlySecond, group),
  })
  return { skills: count('skills'), tools: count('tools'), industries: count('industries') }
}

/** Weighted Jaccard: Σ w·|A∩B| / Σ w·|A∪B| per group, as a whole percentage. */
function scoreOf(counts: GroupCounts): number {
  let sharedWeight = 0
  let unionWeight = 0
  let unique = 0
  for (const group of entityGroups) {
    const { shared, onlyFirst, onlySecond } = counts[group]
    // onlyFirst + onlySecond is an integer sum, so swapping the roles cannot change a bit.
    sharedWeight += SIMILARITY_WEIGHTS[group] * shared
    unionWeight += SIMILARITY_WEIGHTS[group] * (shared + onlyFirst + onlySecond)
    unique += onlyFirst + onlySecond
  }
  if (unique === 0) return 100
  if (sharedWeight === 0) return 0
  // Rounding alone could show 100 for roles that differ or 0 for roles that share something;
  // the ends of the scale are kept for "the same" and "nothing in common".
  return Math.min(99, Math.max(1, Math.round((100 * sharedWeight) / unionWeight)))
}

/**
 * How much two roles overlap in the skills, tools and industries their list sections link,
 * scored by {@link SIMILARITY_FORMULA}, with the entities behind the score and one sentence
 * explaining it. Symmetric: swapping the roles swaps the "only" lists and keeps the score.
 */
export function pairOverlap(
  first: Role,
  second: Role,
  entities: ReadonlyMap<string, Entity>,
): PairOverlap {
  const a = linkedEntities(first, entities)
  const b = linkedEntities(second, entities)
  const shared = [...a.values()].filter((entity) => b.has(entity.id)).sort(byInfluence)
  const onlyFirst = [...a.values()].filter((entity) => !b.has(entity.id)).sort(byInfluence)
  const onlySecond = [...b.values()].filter((entity) => !a.has(entity.id)).sort(byInfluence)
  const counts = countByGroup(shared, onlyFirst, onlySecond)
  const ids = (list: Entity[]): string[] => list.map((entity) => entity.id)
  return {
    firstId: first.id,
    secondId: second.id,
    score: scoreOf(counts),
    counts,
    shared: ids(shared),
    onlyFirst: ids(onlyFirst),
    onlySecond: ids(onlySecond),
    explanation: explainOverlap(
      { firstName: first.name, secondName: second.name, shared, onlyFirst, onlySecond },
      SIMILARITY_WEIGHTS,
    ),
  }
}
