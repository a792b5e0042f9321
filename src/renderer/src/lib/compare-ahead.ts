import type { Comparison } from '../../../shared/domain/compare/types'
import type { SavedComparisonView } from '../../../shared/domain/saved-comparison'
import { api, unwrap } from './api'
import { askAhead } from './ask-ahead'

const comparisons = askAhead((roleIds: readonly string[]) =>
  unwrap(api().compare.roles({ roleIds: [...roleIds] })),
)

let handedOver: SavedComparisonView | undefined

/** Asks for a comparison as the link to it is followed; the compare screen then takes it. */
export function compareAhead(roleIds: readonly string[]): void {
  // With fewer than two roles the screen shows its picker and asks for no comparison.
  if (roleIds.length >= 2) comparisons.ahead(roleIds)
}

/**
 * Opens a saved comparison from a list that holds it: its comparison is asked for, and the
 * saved details are handed to the compare screen, which then asks main for nothing else
 * before its first paint.
 */
export function openSavedAhead(saved: SavedComparisonView, roleIds: readonly string[]): void {
  compareAhead(roleIds)
  handedOver = saved
}

/** The details of saved comparison `id` handed over as its link was followed, taken once. */
export function takeHandedOver(id: string): SavedComparisonView | undefined {
  const taken = handedOver
  handedOver = undefined
  return taken?.id === id ? taken : undefined
}

/** The comparison of `roleIds`, asked for ahead of time or now. */
export function compareRoles(roleIds: readonly string[]): Promise<Comparison> {
  return comparisons.take(roleIds)
}
