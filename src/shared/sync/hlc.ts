/**
 * A hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks and Consistent
 * Snapshots in Globally Distributed Databases", 2014), written from the paper's algorithm.
 *
 * A stamp is the largest wall time seen (`wall`, milliseconds) plus a counter that orders
 * events within the same millisecond, plus the device id that breaks the remaining ties. It
 * never runs backwards on a device, it follows real time when clocks agree, and an event made
 * after seeing another always gets a larger stamp, whatever the machines' clocks say.
 *
 * The clock is a value, not a global: each function takes the state and returns the next one,
 * and none of them throws on drift (a stamp too far ahead is the caller's to quarantine).
 */

/** The clock state a device keeps between events. */
export interface HlcState {
  /** The largest physical time seen, in milliseconds since 1970. */
  readonly wall: number
  /** Orders events that share `wall`. */
  readonly counter: number
}

/** A stamp as text: `<wall, 15 digits>.<counter, 6 digits>.<device id>`, sortable as a string. */
export type Stamp = string

/** Where a clock starts before its device has done anything. */
export const HLC_ZERO: HlcState = { wall: 0, counter: 0 }

const WALL_DIGITS = 15
const COUNTER_DIGITS = 6
/** The counter cannot grow past its digits; the wall moves on a millisecond instead. */
const COUNTER_MAX = 10 ** COUNTER_DIGITS - 1
const STAMP_PATTERN = /^(\d{15})\.(\d{6})\.([A-Za-z0-9_-]{1,64})$/

/** The stamp of `state` on `deviceId`. */
export function formatStamp(state: HlcState, deviceId: string): Stamp {
  return `${String(state.wall).padStart(WALL_DIGITS, '0')}.${String(state.counter).padStart(
    COUNTER_DIGITS,
    '0',
  )}.${deviceId}`
}

/** What `stamp` says, or null when it is not a stamp. */
export function parseStamp(
  stamp: string,
): { wall: number; counter: number; deviceId: string } | null {
  const match = STAMP_PATTERN.exec(stamp)
  if (!match) return null
  return { wall: Number(match[1]), counter: Number(match[2]), deviceId: match[3] as string }
}

/**
 * True when `deviceId` stamped `stamp` (its last part; a device id holds no dot), without
 * parsing it: asked of every event a replica holds.
 */
export function isStampOf(stamp: string, deviceId: string): boolean {
  return stamp.endsWith(deviceId) && stamp.charCodeAt(stamp.length - deviceId.length - 1) === 0x2e
}

/** True when `stamp` is well formed. */
export function isStamp(stamp: string): boolean {
  return STAMP_PATTERN.test(stamp)
}

/** Keeps the counter within its digits by moving the wall on, which keeps the order. */
function normalise(wall: number, counter: number): HlcState {
  return counter > COUNTER_MAX ? { wall: wall + 1, counter: 0 } : { wall, counter }
}

/**
 * The clock for a local event at physical time `now` (the paper's "send or local event"):
 * the wall is the larger of the last wall and now; the counter restarts when the wall moved.
 */
export function tick(state: HlcState, now: number): HlcState {
  const wall = Math.max(state.wall, Math.floor(now))
  return normalise(wall, wall === state.wall ? state.counter + 1 : 0)
}

/**
 * The clock after reading a remote stamp at physical time `now` (the paper's "receive
 * event"): it moves past both the local and the remote clock, so whatever this device does
 * next sorts after what it has seen.
 */
export function receive(state: HlcState, remote: HlcState, now: number): HlcState {
  const wall = Math.max(state.wall, remote.wall, Math.floor(now))
  let counter: number
  if (wall === state.wall && wall === remote.wall)
    counter = Math.max(state.counter, remote.counter) + 1
  else if (wall === state.wall) counter = state.counter + 1
  else if (wall === remote.wall) counter = remote.counter + 1
  else counter = 0
  return normalise(wall, counter)
}

/** How far ahead of this machine another device's clock may be before it is quarantined. */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000

/**
 * True when `stamp` is more than {@link MAX_CLOCK_AHEAD_MS} ahead of `now`: its device's clock
 * is wrong, and taking its stamp would drag every clock (and every later edit) forward.
 */
export function isTooFarAhead(stamp: Stamp, now: number): boolean {
  const parsed = parseStamp(stamp)
  return parsed !== null && parsed.wall - now > MAX_CLOCK_AHEAD_MS
}
