import { describe, expect, it } from 'vitest'
import { runInSlices } from '../../../../src/main/services/article-import/run-in-slices'
import { runAll, type Steps } from '@shared/domain/article-import/steps'

function* counting(steps: number, seen: string[]): Steps<number> {
  for (let step = 0; step < steps; step++) {
    seen.push('step')
    yield
  }
  return steps
}

describe('runInSlices', () => {
  it('lets other work run between slices and returns what the steps return', async () => {
    const seen: string[] = []
    setImmediate(() => seen.push('other work'))
    // A zero-length slice ends at every look at the clock, as a long merge's slices do.
    expect(await runInSlices(counting(200, seen), 0)).toBe(200)
    const other = seen.indexOf('other work')
    expect(other).toBeGreaterThan(0)
    expect(other).toBeLessThan(seen.length - 1)
  })

  it('gives the same result as running every step at once', async () => {
    expect(await runInSlices(counting(1_000, []))).toBe(runAll(counting(1_000, [])))
  })
})
