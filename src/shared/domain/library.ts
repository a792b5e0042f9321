import type { Entity, EntityKind } from './entity'
import type { ArticleRef, Role } from './role'
import type { RoleFamilyId } from './role-families'
import type { Source } from './source'

/** A role as the library lists it: enough to show, search and filter, without every section. */
export interface LibraryRole {
  id: string
  name: string
  aliases: string[]
  summary: string
  origin: Role['origin']
  /** The first few tools its tools section names, for a glance at the card. */
  keyTools: string[]
  /** Why the role matched the search text, e.g. "Tableau (tools)"; empty without a query. */
  matchedOn: string[]
  /** The family the library groups it under. */
  familyId: RoleFamilyId
  /** BLS's typical entry education, e.g. "Bachelor's degree"; absent where the role has no profile. */
  typicalEntry?: string | undefined
  /** BLS's projected employment change over the period, in percent; absent without a profile. */
  growthPercent?: number | undefined
}

/** One choice in a library filter, with how many roles it would keep. */
export interface Facet {
  id: string
  name: string
  roleCount: number
}

/** How the library orders roles: by name (search relevance first) or by projected growth. */
export const librarySorts = ['name', 'growth'] as const
export type LibrarySort = (typeof librarySorts)[number]

/** The growth thresholds the library filters by, in percent of BLS's projected change. */
export const growthThresholds = [0, 5, 10, 20] as const

export interface LibraryQuery {
  /** Free text matched against names, aliases, skills and tools. */
  text: string
  industryId?: string | undefined
  toolId?: string | undefined
  familyId?: string | undefined
  /** A typical entry education, exactly as the roles' profiles spell it. */
  education?: string | undefined
  /** Keep roles projected to grow by more than this many percent. */
  minGrowth?: number | undefined
  /** Absent: by name, best search match first. */
  sort?: LibrarySort | undefined
}

export interface LibraryResult {
  roles: LibraryRole[]
  /** All roles in the library, so the view can say "2 of 7". */
  total: number
  industries: Facet[]
  tools: Facet[]
  /** Every family with roles, in the order the library shows them. */
  families: Facet[]
  /** Every typical entry education the roles name, fewest years first. */
  educations: Facet[]
}

/** The entity fields the renderer needs to show a link. */
export type EntityLabel = Pick<Entity, 'id' | 'name'> & { kind: EntityKind }

/** A role with everything its page needs to render. */
export interface RoleDetail {
  role: Role
  /** Every entity the role links to, by id. */
  entities: Record<string, EntityLabel>
  /** Every article the role's items cite, by id. */
  articles: Record<string, ArticleRef>
  /** The catalog sources (datasets, articles) a built-in role draws on, in the order it lists them. */
  sources?: Source[]
}
