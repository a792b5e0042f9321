import type { Comparison } from '../../../shared/domain/compare/types'
import { api, unwrap } from './api'

// Long enough for the comparison screen to open and take the answer; too short for the
// user to have changed a role in between.
const FRESH_FOR_MS = 2000

let ahead: { key: string; askedAt: number; answer: Promise<Comparison> } | undefined

const keyOf = (roleIds: readonly string[]): string => roleIds.join('\n')

function ask(roleIds: readonly string[]): Promise<Comparison> {
  return unwrap(api().compare.roles({ roleIds: [...roleIds] }))
}

/**
 * Asks for a comparison as the link to it is followed, so the answer is on its way while the
 * screen switches over; the comparison screen then takes it instead of asking again.
 */
export function compareAhead(roleIds: readonly string[]): void {
  // With fewer than two roles the screen shows its picker and asks for no comparison.
  if (roleIds.length < 2) return
  const answer = ask(roleIds)
  // A failure is shown by the screen that takes the answer, not reported as unhandled here.
  answer.catch(() => undefined)
  ahead = { key: keyOf(roleIds), askedAt: performance.now(), answer }
}

/** The comparison of `roleIds`: the answer asked for ahead of time when a fresh one is due. */
export function compareRoles(roleIds: readonly string[]): Promise<Comparison> {
  const taken = ahead
  ahead = undefined
  const fresh = taken !== undefined && performance.now() - taken.askedAt < FRESH_FOR_MS
  return fresh && taken.key === keyOf(roleIds) ? taken.answer : ask(roleIds)
}
