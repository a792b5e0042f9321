import type { Entity } from '../entity'
import type { ProgressKey, ProgressState } from '../progress/types'
import type { Role } from '../role'
import { roleNeeds } from './needs'
import { FIT_TOP_LEVEL, FIT_WEIGHTS, type FitNeed, type RoleFit } from './types'

/** Needs at this level or above are strengths, the rest gaps. */
const STRENGTH_LEVEL = 3

/**
 * How much of some needs the user covers, 0–100 as a whole number: the weighted mean of
 * level ÷ 4 with {@link FIT_WEIGHTS}, rounded; 0 when there are no needs.
 */
export function fitScore(needs: readonly Pick<FitNeed, 'as' | 'level'>[]): number {
  let covered = 0
  let total = 0
  for (const need of needs) {
    const weight = FIT_WEIGHTS[need.as]
    covered += (weight * need.level) / FIT_TOP_LEVEL
    total += weight
  }
  return total === 0 ? 0 : Math.round((100 * covered) / total)
}

function byName(a: FitNeed, b: FitNeed): number {
  return a.name.localeCompare(b.name, 'en') || a.entityId.localeCompare(b.entityId, 'en')
}

/** Strengths: rated {@link STRENGTH_LEVEL} or higher, strongest first, then by name. */
function strengthsOf(needs: readonly FitNeed[]): FitNeed[] {
  return needs
    .filter((need) => need.level >= STRENGTH_LEVEL)
    .sort((a, b) => b.level - a.level || byName(a, b))
}

/** Soft skills come last among gaps: "what to learn next" should lead with concrete things. */
function softLast(need: FitNeed): number {
  return need.kind === 'soft-skill' ? 1 : 0
}

/**
 * Gaps: rated below {@link STRENGTH_LEVEL}, the ones that would raise the fit most first (a
 * skill counts twice a tool, a lower level has further to go), soft skills after concrete ones
 * that gain as much, then by name. Ranked on the exact gain, not the rounded one.
 */
function gapsOf(needs: readonly FitNeed[]): FitNeed[] {
  const missing = (need: FitNeed): number => FIT_WEIGHTS[need.as] * (FIT_TOP_LEVEL - need.level)
  return needs
    .filter((need) => need.level < STRENGTH_LEVEL)
    .sort((a, b) => missing(b) - missing(a) || softLast(a) - softLast(b) || byName(a, b))
}

/** How close the user is to a role by `states`: its score, strengths and gaps. */
export function roleFit(
  role: Role,
  entities: ReadonlyMap<string, Entity>,
  states: ReadonlyMap<ProgressKey, ProgressState>,
): RoleFit {
  const needs = roleNeeds(role, entities, states)
  return {
    roleId: role.id,
    roleName: role.name,
    score: fitScore(needs),
    strengths: strengthsOf(needs),
    gaps: gapsOf(needs),
  }
}
