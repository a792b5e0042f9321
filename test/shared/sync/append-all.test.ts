import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appendAll } from '@shared/sync/append-all'

describe('appending a list to another', () => {
  it('gives the same list as joining them, from any starting point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat()),
        fc.array(fc.nat(), { maxLength: 30_000 }),
        fc.nat(),
        (head, tail, at) => {
          const start = tail.length === 0 ? 0 : at % (tail.length + 1)
          const target = [...head]
          appendAll(target, tail, start)
          expect(target).toEqual([...head, ...tail.slice(start)])
        },
      ),
      { numRuns: 50 },
    )
  })

  it('takes more items than one call can hand over as arguments', () => {
    const target = [0]
    appendAll(
      target,
      Array.from({ length: 300_000 }, (_, n) => n + 1),
    )
    expect(target).toHaveLength(300_001)
    expect(target[300_000]).toBe(300_000)
  })
})
