import { describe, expect, it } from 'vitest'
import { runInTurns } from '../../../src/main/store/run-in-turns'
import type { Steps } from '@shared/domain/article-import/steps'

/**
 * `count` steps that each move the clock `stepMs` on, noting themselves in `seen`; the first
 * calls `onFirstStep` before it.
 */
function* timedSteps(
  count: number,
  stepMs: number,
  clock: { now: number },
  seen: string[],
  onFirstStep = (): void => {},
): Steps<number> {
  for (let step = 0; step < count; step++) {
    if (step === 0) onFirstStep()
    seen.push('step')
    clock.now += stepMs
    yield
  }
  return count
}

describe('runInTurns', () => {
  // 32 steps between looks at the clock let a slice of steps of half a millisecond each (a
  // piece of a large record's UTF-8) run some 15 ms past its end.
  it('ends a slice of slow steps within twice its length', async () => {
    const seen: string[] = []
    const clock = { now: 0 }
    // Each step takes a quarter of the slice.
    const steps = timedSteps(100, 5, clock, seen, () => {
      setImmediate(() => seen.push('after the first slice'))
    })
    await runInTurns(steps, { sliceMs: 20, waitFirst: true, now: () => clock.now })
    const firstSlice = seen.indexOf('after the first slice')
    expect(firstSlice).toBeGreaterThan(0)
    expect(firstSlice).toBeLessThanOrEqual(8)
  })

  // A write starts in the turn that checked its change: a whole slice more made that turn long.
  it('runs a first slice a third as long in the calling turn, and few steps to their end there', async () => {
    const seen: string[] = []
    const clock = { now: 0 }
    const running = runInTurns(timedSteps(100, 1, clock, seen), {
      sliceMs: 30,
      now: () => clock.now,
    })
    const inCallingTurn = seen.length
    expect(inCallingTurn).toBeGreaterThan(0)
    expect(inCallingTurn).toBeLessThanOrEqual(16)
    expect(await running).toBe(100)

    const few: string[] = []
    const done = runInTurns(timedSteps(3, 1, clock, few), { sliceMs: 30, now: () => clock.now })
    expect(few).toHaveLength(3)
    expect(await done).toBe(3)
  })

  // With 15 ms slices, a collection of the garbage landing in one (3 to 15 ms) and a step past
  // its end made turns of 30 to 40 ms while the largest article was imported.
  it('ends a slice after about 8 ms of steps unless told otherwise', async () => {
    const seen: string[] = []
    const clock = { now: 0 }
    const steps = timedSteps(100, 1, clock, seen, () => {
      setImmediate(() => seen.push('after the first slice'))
    })
    await runInTurns(steps, { waitFirst: true, now: () => clock.now })
    const firstSlice = seen.indexOf('after the first slice')
    expect(firstSlice).toBeGreaterThanOrEqual(8)
    expect(firstSlice).toBeLessThanOrEqual(10)
  })
})
