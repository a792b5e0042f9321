import { MAX_CLOCK_AHEAD_MS } from './hlc'
import { deviceOfOpId, type Op } from './ops'

const WALL_DIGITS = 15

/** Ops split into those to merge now and those held back because their clock is wrong. */
export interface Admitted {
  /** `ops` itself when none is held back (the usual case: nothing is copied). */
  admitted: readonly Op[]
  /** Devices with at least one op stamped more than a day ahead of this machine. */
  quarantinedDevices: Set<string>
  /** The ops held back, to be offered again at the next sync. */
  held: Op[]
}

/**
 * Holds back every op stamped more than a day ahead of `now`: merging it would let a machine
 * whose clock is wrong win every edit and drag every other clock forward with it. The held ops
 * are read again at each sync and merge once this machine's time catches up with them (or the
 * other machine's clock is fixed and it writes again). Never throws.
 *
 * `newest`: the largest clock among `ops`, when the caller knows it (the folder reader notes
 * it as it reads them); when it is within the limit, no op is looked at.
 */
export function admitByClock(ops: readonly Op[], now: number, newest?: string): Admitted {
  const quarantinedDevices = new Set<string>()
  const held: Op[] = []
  // A read op's clock is a valid stamp, whose first 15 characters are its wall time with
  // leading zeros, then a dot: it sorts after the limit's wall followed by the last character
  // there is exactly when its wall is past the limit. That is `isTooFarAhead` without parsing
  // (or cutting) 50,000 stamps.
  const limit = `${String(Math.floor(now) + MAX_CLOCK_AHEAD_MS).padStart(WALL_DIGITS, '0')}\uffff`
  if (newest !== undefined && !(newest > limit)) return { admitted: ops, quarantinedDevices, held }
  let first = 0
  while (first < ops.length && !((ops[first] as Op).clock > limit)) first++
  if (first === ops.length) return { admitted: ops, quarantinedDevices, held }
  const admitted = ops.slice(0, first)
  for (const op of ops.slice(first)) {
    if (op.clock > limit) {
      quarantinedDevices.add(deviceOfOpId(op.id))
      held.push(op)
    } else admitted.push(op)
  }
  return { admitted, quarantinedDevices, held }
}
