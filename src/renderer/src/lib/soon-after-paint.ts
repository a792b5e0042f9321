import { afterNextPaint } from './after-paint'

/**
 * The longest work queued here waits for a frame. A window that gets no frames must still run
 * it (a tick is saved even so), though one that is hidden or left runs it at once (below).
 * Long enough not to beat a frame that is merely late: on a loaded machine at 4× CPU
 * throttling a tick's frame came 100 to 400 ms after the click, and work run before it would
 * hold up the very paint it waits for.
 */
const LATEST_MS = 1_000

const queued: (() => void)[] = []
let cancelWait: (() => void) | undefined

function runQueued(): void {
  cancelWait?.()
  cancelWait = undefined
  for (const work of queued.splice(0)) {
    try {
      work()
    } catch (error) {
      // One failing piece of work must not keep the rest from running; its error still shows.
      queueMicrotask(() => {
        throw error
      })
    }
  }
}

// A page being hidden or left gets no more frames: what waits for one goes now.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') runQueued()
})
addEventListener('pagehide', runQueued)

/**
 * Runs `work` just after the browser paints its next frame, so that work a click need not wait
 * for (sending a change to main) does not hold up the paint that shows the click's result.
 * Work queued here runs in the order it was queued, so two changes to one thing reach main in
 * the order they were made. It runs at the latest {@link LATEST_MS} ms later when no frame
 * comes, and at once when the page is hidden or is being left.
 */
export function soonAfterPaint(work: () => void): void {
  queued.push(work)
  if (document.visibilityState === 'hidden') {
    runQueued()
    return
  }
  if (cancelWait) return
  const cancelFrame = afterNextPaint(runQueued)
  const timer = setTimeout(runQueued, LATEST_MS)
  cancelWait = () => {
    cancelFrame()
    clearTimeout(timer)
  }
}
