import type { EntityKind } from '../entity'
import type { ProgressKey } from '../progress/types'

/** Required skills count twice as much as tools towards a role's fit. */
export const FIT_WEIGHTS = { skill: 2, tool: 1 } as const

/** The highest proficiency level; a need at it counts in full. */
export const FIT_TOP_LEVEL = 4

/** A range of fit scores and what it suggests doing. */
export interface FitBand {
  /** The lowest score in the band. */
  from: number
  name: string
  meaning: string
}

const LOWEST_BAND: FitBand = {
  from: 0,
  name: 'A long way off',
  meaning: 'most of what it needs is still to learn',
}

/**
 * What a fit score means, best first: each band from its lowest score. A reader needs to know
 * whether 55 is good; these say what the number suggests doing.
 */
export const FIT_BANDS: readonly FitBand[] = [
  {
    from: 75,
    name: 'Strong fit',
    meaning: 'you cover most of what the role asks; apply and fill the last gaps on the job',
  },
  {
    from: 50,
    name: 'Within reach',
    meaning: 'a focused plan on the top gaps below gets you there',
  },
  { from: 25, name: 'A stretch', meaning: 'a real move: expect months of learning first' },
  LOWEST_BAND,
]

/** The band `score` falls in (see {@link FIT_BANDS}). */
export function fitBand(score: number): FitBand {
  return FIT_BANDS.find((band) => score >= band.from) ?? LOWEST_BAND
}

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
  /** False when the user never rated it: "not rated" is not the same as rating it 0 (none). */
  rated: boolean
  /** Points the role's fit would rise by if this need reached the top level: whole number. */
  gain: number
}

/** How close the user is to one role. */
export interface RoleFit {
  roleId: string
  roleName: string
  /** 0–100, whole number. */
  score: number
  /** Needs rated 3 (practiced) or 4 (confident), strongest first. */
  strengths: FitNeed[]
  /** Needs below 3, the ones that would raise the fit most first (see {@link FitNeed.gain}). */
  gaps: FitNeed[]
}

/** One role's fit in detail, for its chart and its history. */
export interface RoleFitDetail extends RoleFit {
  needs: FitNeed[]
  /**
   * The fit at the end of each of the last 12 months and today, oldest first, from the first
   * of them by which the user had rated anything: before that there is no fit to show.
   */
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
