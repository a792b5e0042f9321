import type { Comparison } from '../../../shared/domain/compare/types'
import { api, unwrap } from './api'
import { askAhead } from './ask-ahead'

const comparisons = askAhead((roleIds: readonly string[]) =>
  unwrap(api().compare.roles({ roleIds: [...roleIds] })),
)

/** Asks for a comparison as the link to it is followed; the compare screen then takes it. */
export function compareAhead(roleIds: readonly string[]): void {
  // With fewer than two roles the screen shows its picker and asks for no comparison.
  if (roleIds.length >= 2) comparisons.ahead(roleIds)
}

/** The comparison of `roleIds`, asked for ahead of time or now. */
export function compareRoles(roleIds: readonly string[]): Promise<Comparison> {
  return comparisons.take(roleIds)
}
