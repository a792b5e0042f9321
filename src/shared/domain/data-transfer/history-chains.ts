import { sameState } from '../progress/same-state'
import { EMPTY_PROGRESS, type ActivityEvent, type ProgressState } from '../progress/types'

/** A state as one string, to look it up among the values a key has held. */
function stateText({ status, level, notes, links }: ProgressState): string {
  return JSON.stringify([status, level, notes, links.map(({ url, label }) => [url, label])])
}

/** Events without an origin are their own group: what a copy held before origins existed. */
const NO_ORIGIN = ''

/**
 * The keys whose logged history does not hold together, read per copy of the data: each event
 * a copy made (`origin`) must start where that copy's previous change to the key ended, or,
 * where the copy had none, from nothing set. A copy may also start from a value another copy
 * gave the key, anywhere in the log: a merge import or sync brought it in, and with clocks that
 * differ between machines its place in time order cannot be trusted. A forged `before` (a value
 * the key never held in this history) breaks the chain, and Undo would write it back.
 *
 * Events without an origin (written before 0.1.x recorded one) are not checked: a log that
 * went through a merge import interleaves two copies' events with nothing to tell them apart,
 * and nothing in an export says whether its log ever did, so such a chain may break
 * legitimately. Undo never writes their `before` (see eventsForUndo), so this costs no safety.
 */
export function keysWithBrokenHistory(log: readonly ActivityEvent[]): string[] {
  // Every value each key was given, per copy that gave it.
  const given = new Map<string, Map<string, Set<string>>>()
  for (const event of log) {
    const byOrigin = given.get(event.key) ?? new Map<string, Set<string>>()
    given.set(event.key, byOrigin)
    const origin = event.origin ?? NO_ORIGIN
    const values = byOrigin.get(origin) ?? new Set<string>()
    byOrigin.set(origin, values)
    values.add(stateText(event.after))
  }
  const fromOthers = (key: string, origin: string, state: ProgressState): boolean => {
    const text = stateText(state)
    for (const [other, values] of given.get(key) ?? []) {
      if (other !== origin && values.has(text)) return true
    }
    return false
  }
  const last = new Map<string, ProgressState>()
  const broken = new Set<string>()
  for (const event of log) {
    if (event.origin === undefined) continue
    const chain = `${event.origin}\u0000${event.key}`
    const previous = last.get(chain) ?? EMPTY_PROGRESS
    last.set(chain, event.after)
    if (sameState(event.before, previous)) continue
    if (fromOthers(event.key, event.origin, event.before)) continue
    broken.add(event.key)
  }
  return [...broken]
}
