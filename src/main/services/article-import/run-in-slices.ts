import type { Steps } from '../../../shared/domain/article-import/steps'
import { runInTurns } from '../../store/run-in-turns'

/**
 * Runs generator steps in slices of about 8 ms, a pass of the event loop each (see
 * {@link runInTurns}), so a long merge never holds main for long. The first slice waits for
 * the timers due (a timer, not an immediate: those run in the same pass of the event loop as
 * the message that started the work): what ran before it in the same turn (taking in a
 * parse's answer of megabytes, checking it) would otherwise add to it.
 */
export function runInSlices<T>(steps: Steps<T>, sliceMs?: number): Promise<T> {
  return runInTurns(steps, { sliceMs, waitFirst: true })
}
