import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../../src/main/store/deep-freeze'

/** Every object and array in `value`, itself included. */
function containers(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return []
  return [value, ...Object.values(value).flatMap(containers)]
}

describe('deepFreeze', () => {
  it('freezes every object and list at every depth and hands back the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(deepFreeze(value)).toBe(value)
        expect(containers(value).every((container) => Object.isFrozen(container))).toBe(true)
      }),
    )
  })

  it('freezes records inside lists inside records', () => {
    const data = { activity: [{ before: { links: [{ url: 'https://example.com' }] } }] }
    deepFreeze(data)
    expect(Object.isFrozen(data.activity[0]?.before.links[0])).toBe(true)
    expect(() => data.activity.push({ before: { links: [] } })).toThrow(TypeError)
  })

  it('stops at what is already frozen, so freezing after a change costs only what changed', () => {
    const unreached = { notes: 'behind a frozen record' }
    const added = { notes: 'new' }
    deepFreeze({ kept: Object.freeze({ unreached }), added })
    expect(Object.isFrozen(added)).toBe(true)
    expect(Object.isFrozen(unreached)).toBe(false)
  })
})
