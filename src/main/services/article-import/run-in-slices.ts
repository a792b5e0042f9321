import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn, setTimeout as afterTimersDue } from 'node:timers/promises'
import type { Steps } from '../../../shared/domain/article-import/steps'

/** The longest main runs domain steps before letting other IPC calls and windows have a turn. */
const SLICE_MS = 20
/** Steps between looks at the clock: reading it costs more than most steps. */
const STEPS_PER_LOOK = 32

/**
 * Runs generator steps in slices of about {@link SLICE_MS}, yielding to the event loop
 * between slices, so a long merge never holds main for long. The first slice waits for the
 * timers due (a timer, not an immediate: those run in the same pass of the event loop as the
 * message that started the work): what ran before it in the same turn (taking in a parse's
 * answer of megabytes, checking it) would otherwise add to it.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  await afterTimersDue()
  let sliceStart = performance.now()
  for (let count = 1; ; count++) {
    const next = steps.next()
    if (next.done) return next.value
    if (count % STEPS_PER_LOOK === 0 && performance.now() - sliceStart >= sliceMs) {
      await nextTurn()
      sliceStart = performance.now()
    }
  }
}
