import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppliedOpIds } from '@shared/sync/applied-ops'

const opIdArb = fc.oneof(
  fc
    .tuple(fc.constantFrom('device-a', 'device-b'), fc.integer({ min: 1, max: 30 }))
    .map(([device, seq]) => `${device}:${seq}`),
  // Ids the schema would refuse, still marked once each.
  fc.constantFrom('device-a:007', 'odd', 'device-b:'),
)

describe('AppliedOpIds', () => {
  it('marks each id once, in any order, as a set of ids would', () => {
    fc.assert(
      fc.property(fc.array(opIdArb, { maxLength: 60 }), (ids) => {
        const applied = new AppliedOpIds()
        const set = new Set<string>()
        for (const id of ids) {
          expect(applied.mark(id)).toBe(!set.has(id))
          set.add(id)
        }
        for (const id of ids) expect(applied.has(id)).toBe(true)
        expect(applied.has('device-a:31')).toBe(false)
        expect(applied.count).toBe(set.size)
      }),
    )
  })

  it('gives each device its unbroken run, and the rest as whole ids', () => {
    const applied = new AppliedOpIds()
    for (const id of ['device-a:1', 'device-a:2', 'device-a:4', 'device-b:2', 'odd'])
      applied.mark(id)
    expect(applied.seen()).toEqual({ 'device-a': 2 })
    expect(applied.extraIds().sort()).toEqual(['device-a:4', 'device-b:2', 'odd'])
  })

  it('restores from what it gave exactly what it held', () => {
    fc.assert(
      fc.property(fc.array(opIdArb, { maxLength: 60 }), (ids) => {
        const applied = new AppliedOpIds()
        for (const id of ids) applied.mark(id)
        const restored = AppliedOpIds.restore(applied.seen(), applied.extraIds())
        expect(restored.count).toBe(applied.count)
        for (const id of ids) expect(restored.mark(id)).toBe(false)
      }),
    )
  })
})
