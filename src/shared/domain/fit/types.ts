import type { EntityKind } from '../entity'
import type { ProgressKey } from '../progress/types'

/** Required skills count twice as much as tools towards a role's fit. */
export const FIT_WEIGHTS = { skill: 2, tool: 1 } as const

/** How the fit is worked out, in one sentence for the page. */
export const FIT_FORMULA =
  "Your levels on a role's skills and tools, each counted as level ÷ 4, with skills weighted twice as much as tools."

/** One thing a role needs, and where the user stands on it. */
export interface FitNeed {
  entityId: string
  name: string
  kind: EntityKind
  /** 'skill' for the role's required skills, 'tool' for its tools (tool, framework, platform). */
  as: 'skill' | 'tool'
  key: ProgressKey
  /** The user's level 0–4; 0 when never rated. */
  level: number
}

/** How close the user is to one role. */
export interface RoleFit {
  roleId: string
  roleName: string
  /** 0–100, whole number. */
  score: number
  /** Needs rated 3 (practiced) or 4 (confident), strongest first. */
  strengths: FitNeed[]
  /** Needs below 3, skills before tools, lowest level first. */
  gaps: FitNeed[]
}

/** One role's fit in detail, for its chart and its history. */
export interface RoleFitDetail extends RoleFit {
  needs: FitNeed[]
  /** The fit at the end of each of the last 12 months and today, oldest first. */
  history: { date: string; score: number }[]
}

/** A skill or tool on the skills page. */
export interface SkillEntry {
  entityId: string
  name: string
  kind: EntityKind
  aliases: string[]
  key: ProgressKey
  /** How many roles in the library need it (in their skills or tools). */
  roleCount: number
  level: number | null
}
