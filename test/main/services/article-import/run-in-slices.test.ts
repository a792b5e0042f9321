import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { runInSlices } from '../../../../src/main/services/article-import/run-in-slices'
import { runAll, type Steps } from '@shared/domain/article-import/steps'

function* counting(steps: number, seen: string[], onFirstStep = (): void => {}): Steps<number> {
  for (let step = 0; step < steps; step++) {
    if (step === 0) onFirstStep()
    seen.push('step')
    yield
  }
  return steps
}

describe('runInSlices', () => {
  it('lets other work run between slices and returns what the steps return', async () => {
    const seen: string[] = []
    const otherWork = (): void => {
      setImmediate(() => seen.push('other work'))
    }
    // A zero-length slice ends at every look at the clock, as a long merge's slices do.
    expect(await runInSlices(counting(200, seen, otherWork), 0)).toBe(200)
    const other = seen.indexOf('other work')
    expect(other).toBeGreaterThan(0)
    expect(other).toBeLessThan(seen.length - 1)
  })

  // A long merge begins in the turn that took in the article's parse (megabytes of it): its
  // first slice must not add to that turn.
  it('lets a timer due before it run before its first step', async () => {
    const seen: string[] = []
    setTimeout(() => seen.push('timer'), 0)
    await runInSlices(counting(3, seen))
    expect(seen).toEqual(['timer', 'step', 'step', 'step'])
  })

  // A slice that ran in the same pass of the event loop as the one before it (the first, after
  // the timer it waits for) made one stretch of two slices: 40 ms and more with no timer run.
  it('runs each slice in a pass of the event loop of its own, so a timer due runs between them', async () => {
    const seen: string[] = []
    const firstStep = (): void => {
      setTimeout(() => seen.push('timer'), 0)
      // After this slice: an immediate made now runs at the start of the next check phase.
      setImmediate(() => seen.push('after the first slice'))
      // Long enough for the timer to be due when this slice ends.
      const start = performance.now()
      while (performance.now() - start < 3);
    }
    await runInSlices(counting(100, seen, firstStep), 0)
    expect(seen.indexOf('timer')).toBeGreaterThan(0)
    expect(seen.indexOf('timer')).toBeLessThan(seen.indexOf('after the first slice'))
  })

  it('gives the same result as running every step at once', async () => {
    expect(await runInSlices(counting(1_000, []))).toBe(runAll(counting(1_000, [])))
  })
})
