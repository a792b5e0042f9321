import type { EntityKind } from '../entity'
import type { EntityLabel } from '../library'
import type { ArticleRef, Role, RoleItem } from '../role'
import type { SectionKey } from '../sections'

/** How widely an entity is shared among the compared roles. */
export type ShareStatus = 'all' | 'some' | 'only'

/** The three families overlap is counted in: what you know, what you use, where you work. */
export type EntityGroup = 'skills' | 'tools' | 'industries'

export const entityGroups: readonly EntityGroup[] = ['skills', 'tools', 'industries']

/** The kinds that are compared, scored and planned: every kind but `resource`. */
type ComparedKind = Exclude<EntityKind, 'resource'>

/** Which family an entity kind counts in. */
const groupOfKind: Record<ComparedKind, EntityGroup> = {
  language: 'skills',
  concept: 'skills',
  'soft-skill': 'skills',
  discipline: 'skills',
  tool: 'tools',
  framework: 'tools',
  platform: 'tools',
  industry: 'industries',
}

/**
 * The family an entity of `kind` counts in; none for a `resource` (a site to learn or network
 * on), which is mentioned but neither compared, scored nor planned.
 */
export function groupOf(kind: EntityKind): EntityGroup | undefined {
  return kind === 'resource' ? undefined : groupOfKind[kind]
}

/** An entity as the compare view marks it. */
export interface ComparedEntity extends EntityLabel {
  group: EntityGroup
  share: ShareStatus
  /** The compared roles that link it, in column order. */
  roleIds: string[]
  /**
   * O*NET's Hot Technology flag (often named in job postings), set when an item of some
   * compared role that links this entity carries it. Only tools carry the flags; seed roles and
   * the user's own roles carry none, so their tools are flagged only through another compared
   * role that flags the same entity (see {@link toolFlags}).
   */
  hot?: boolean
  /** O*NET's In Demand flag (among what employers in the occupation ask for most), as `hot`. */
  inDemand?: boolean
  /**
   * Hot and in demand for one same compared role: the tools the grid lists first. Not simply
   * `hot && inDemand`, which could join one role's Hot flag to another role's In Demand flag.
   */
  hotAndInDemand?: boolean
}

/** The technology flags of one entity, as {@link ComparedEntity} carries them. */
export type ToolFlags = Pick<ComparedEntity, 'hot' | 'inDemand' | 'hotAndInDemand'>

/** A role item in a comparison column. */
export interface ComparedItem extends RoleItem {
  /**
   * True when every compared role has this item: it links entities and all of them are shared
   * by all roles, or it links none and every role has an item with the same id (tips that mean
   * the same thing share an id). "Differences only" hides these.
   */
  sharedByAll: boolean
}

export interface ComparisonColumn {
  role: Pick<Role, 'id' | 'name' | 'aliases' | 'summary' | 'origin'>
  sections: Record<SectionKey, ComparedItem[]>
  outlook: Role['outlook']
}

export type GroupCounts = Record<
  EntityGroup,
  { shared: number; onlyFirst: number; onlySecond: number }
>

/** How much two roles overlap, and why. */
export interface PairOverlap {
  firstId: string
  secondId: string
  /** 0–100, whole number: deterministic, symmetric, 100 for identical roles, 0 for nothing shared. */
  score: number
  counts: GroupCounts
  /** Entity ids, most influential first: by group weight, then concrete kinds before soft skills, then name. */
  shared: string[]
  onlyFirst: string[]
  onlySecond: string[]
  /** One sentence naming what drove the score. */
  explanation: string
}

/** Two to four roles side by side. */
export interface Comparison {
  columns: ComparisonColumn[]
  /** Every entity any compared role links, by id. */
  entities: Record<string, ComparedEntity>
  /** One entry per pair of columns, in column order (1–2, 1–3, …, 2–3, …). */
  pairs: PairOverlap[]
  /** Every article cited by the compared roles, by id. */
  articles: Record<string, ArticleRef>
}

/** Moving from one role to another: what is missing, what carries over, how to start. */
export interface Transition {
  from: { id: string; name: string }
  to: { id: string; name: string }
  /** Entities the target role links that the current role does not. */
  needed: Record<EntityGroup, EntityLabel[]>
  /** Entities both roles link. */
  carriedOver: Record<EntityGroup, EntityLabel[]>
  /** The target role's practical tips. */
  tips: RoleItem[]
  score: number
}
