import type { Comparison } from '@shared/domain/compare/types'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import { client } from './api'
import { askAhead, type AskedAhead } from './ask-ahead'

/**
 * What the screens that link to a comparison hand to the compare screen as the link is
 * followed: the comparison, asked for during the switch, and the saved details the list
 * already holds. One object, made by the app and passed to those screens, rather than state
 * held by this module, so each app (and each test) has its own.
 */
export class CompareAhead {
  readonly #comparisons: AskedAhead<readonly string[], Comparison>
  #handedOver: SavedComparisonView | undefined

  constructor(
    send: (roleIds: readonly string[]) => Promise<Comparison> = (roleIds) =>
      client.compare.roles({ roleIds: [...roleIds] }),
  ) {
    this.#comparisons = askAhead(send)
  }

  /** Asks for a comparison as the link to it is followed; the compare screen then takes it. */
  compare(roleIds: readonly string[]): void {
    // With fewer than two roles (or more than four) the screen asks for no comparison.
    if (roleIds.length >= 2) void this.#comparisons.ahead(roleIds)
  }

  /**
   * Opens a saved comparison from a list that holds it: its comparison is asked for, and the
   * saved details are handed to the compare screen, which then asks main for nothing else
   * before its first paint.
   */
  openSaved(saved: SavedComparisonView, roleIds: readonly string[]): void {
    this.compare(roleIds)
    this.#handedOver = saved
  }

  /** The details of saved comparison `id` handed over as its link was followed, taken once. */
  takeHandedOver(id: string): SavedComparisonView | undefined {
    const taken = this.#handedOver
    this.#handedOver = undefined
    return taken?.id === id ? taken : undefined
  }

  /** The comparison of `roleIds`, asked for ahead of time or now. */
  compareRoles(roleIds: readonly string[]): Promise<Comparison> {
    return this.#comparisons.take(roleIds)
  }
}
