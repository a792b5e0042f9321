import type { ProgressKey } from './types'

/** The three things a progress record can be about. */
export type ProgressKeyKind = 'skill' | 'tip' | 'custom'

/** The key of the one record a skill or tool has, however many plans list it. */
export function skillKey(entityId: string): ProgressKey {
  return `skill:${entityId}`
}

/** The key of a practical tip; tips that mean the same thing in several roles share it. */
export function tipKey(tipId: string): ProgressKey {
  return `tip:${tipId}`
}

/** The key of an item the user wrote. */
export function customKey(id: string): ProgressKey {
  return `custom:${id}`
}

/** Splits a key into its kind and the id after the first colon. */
export function parseKey(key: ProgressKey): { kind: ProgressKeyKind; id: string } {
  const colon = key.indexOf(':')
  return { kind: key.slice(0, colon) as ProgressKeyKind, id: key.slice(colon + 1) }
}
