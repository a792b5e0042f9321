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
  /**
   * The median of the role's salary-index rows, in US dollars a year; only when the query asks
   * for salaries (see {@link wantsSalaries}) and the index shows figures for the role.
   */
  medianSalary?: number | undefined
  /** The user's fit for the role, 0–100; only when the library is sorted by fit. */
  fitScore?: number | undefined
}

/** Figures main adds from other services when a query asks for them, by role id. */
export interface LibraryFigures {
  /** Median salary from the salary index, US dollars a year. */
  medians?: ReadonlyMap<string, number> | undefined
  /** The user's fit, 0–100. */
  fits?: ReadonlyMap<string, number> | undefined
}

/** One choice in a library filter, with how many roles it would keep. */
export interface Facet {
  id: string
  name: string
  roleCount: number
}

/** How the library orders roles: by name (search relevance first), projected growth, median salary or fit. */
export const librarySorts = ['name', 'growth', 'salary', 'fit'] as const
type LibrarySort = (typeof librarySorts)[number]

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
  /** Keep roles whose median salary is at least this many US dollars a year. */
  minSalary?: number | undefined
  /** Absent: by name, best search match first. */
  sort?: LibrarySort | undefined
}

/** The salary floors the library filters by, in US dollars a year. */
export const salaryFloors = [100_000, 150_000, 200_000] as const

/** Whether a query narrows the library (sorting does not), so the view offers to clear it. */
export function isFiltered(query: LibraryQuery): boolean {
  return Boolean(
    query.text ||
    query.industryId ||
    query.toolId ||
    query.familyId ||
    query.education ||
    query.minGrowth !== undefined ||
    query.minSalary !== undefined,
  )
}

/**
 * Whether a query needs the salary index. The index is read on first use, so the library's
 * first screen, which sorts by name, opens without it.
 */
export function wantsSalaries(query: Pick<LibraryQuery, 'sort' | 'minSalary'>): boolean {
  return query.sort === 'salary' || query.minSalary !== undefined
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
