import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn, setTimeout as afterTimersDue } from 'node:timers/promises'
import type { Steps } from '../../shared/domain/article-import/steps'

/**
 * The longest main runs steps before letting other IPC calls, timers and windows have a turn:
 * half a frame. A collection of the young garbage landing inside a slice adds 3 to 15 ms of
 * its own, and a step or two more run past the end, so with 15 ms slices the largest
 * article's import held main 30 to 40 ms at a time; a turn should stay well under 30 ms, so
 * that a slower machine still stays under the 50 ms a user notices.
 */
const SLICE_MS = 8
/**
 * Steps between looks at the clock: reading it costs more than most steps, but some steps
 * (a piece of a record's UTF-8) take a fraction of a millisecond, and 32 of those between
 * looks let a slice run some 15 ms past its end.
 */
const STEPS_PER_LOOK = 8

/** How {@link runInTurns} spreads its steps. */
export interface TurnOptions {
  /** How long one slice may run; 0 ends a slice at every look at the clock. */
  sliceMs?: number | undefined
  /**
   * Wait for the timers due before the first slice, rather than run it in the calling turn:
   * for work that starts in a turn that was long already (taking in a parse's answer).
   */
  waitFirst?: boolean
  /** The clock, in milliseconds (tests pass one that steps forward). */
  now?: () => number
}

/**
 * Runs generator steps in slices of about {@link SLICE_MS}, each slice in a pass of the
 * event loop of its own, so that timers due, I/O and other work run between any two of them.
 * Unless told to wait, the first slice, a third as long, runs at once: steps that are few
 * (a write whose bytes are ready) then end in the calling turn, costing no turn more.
 *
 * After the first slice it waits for the timers due (a timer), then for the check phase (an
 * immediate): an immediate alone, scheduled from a timer or an I/O callback, runs in the same
 * pass, which would put two slices back to back. From the check phase on, each slice
 * schedules the next with an immediate, which runs in the next pass.
 */
export async function runInTurns<T>(steps: Steps<T>, options: TurnOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS
  const now = options.now ?? (() => performance.now())
  let waited = options.waitFirst === true
  if (waited) {
    await afterTimersDue()
    await nextTurn()
  }
  let sliceStart = now()
  // A first slice in the calling turn adds to what that turn did already (an update's check
  // of its change), so it is a third as long.
  let budget = waited ? sliceMs : sliceMs / 3
  for (let count = 1; ; count++) {
    const next = steps.next()
    if (next.done) return next.value
    if (count % STEPS_PER_LOOK === 0 && now() - sliceStart >= budget) {
      if (!waited) {
        await afterTimersDue()
        waited = true
      }
      await nextTurn()
      sliceStart = now()
      budget = sliceMs
    }
  }
}
