import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepFreeze, freezeInsideSteps } from '../../../src/main/store/deep-freeze'
import { runAll } from '@shared/domain/article-import/steps'

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

describe('freezeInsideSteps', () => {
  it('leaves deepFreeze the same work to finish, with the same result', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        runAll(freezeInsideSteps(value))
        if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value)).toBe(false)
        deepFreeze(value)
        expect(containers(value).every((container) => Object.isFrozen(container))).toBe(true)
      }),
    )
  })

  it('freezes a list element a step, leaving the record that holds the lists open', () => {
    const items = Array.from({ length: 300 }, (_, n) => ({ id: `r${n}`, ids: ['sql'] }))
    const role = { id: 'large', sections: { responsibilities: items, tips: [] } }
    const steps = freezeInsideSteps(role)
    let count = 0
    while (!steps.next().done) count++
    expect(count).toBe(300)
    expect(items.every((item) => Object.isFrozen(item) && Object.isFrozen(item.ids))).toBe(true)
    expect([role, role.sections, items].some((container) => Object.isFrozen(container))).toBe(false)
  })
})
