// Free of zod, so the renderer can tell whether a saved state differs from the one it shows.
import type { ProgressLink, ProgressState } from './types'

/** True when two lists hold the same links in the same order. */
export function sameLinks(a: readonly ProgressLink[], b: readonly ProgressLink[]): boolean {
  return (
    a.length === b.length &&
    a.every((link, i) => link.url === b[i]?.url && link.label === b[i]?.label)
  )
}

/** True when two states say the same thing, field by field and link by link. */
export function sameState(a: ProgressState, b: ProgressState): boolean {
  return (
    a.status === b.status &&
    a.level === b.level &&
    a.notes === b.notes &&
    sameLinks(a.links, b.links)
  )
}
