import { describe, expect, it } from 'vitest'
import { v4ToV5 } from '../../../../src/main/store/migrations/v4-to-v5'

describe('v4 → v5', () => {
  it('moves the plans of a v4 file from `checklists` to `plans`, records unchanged', () => {
    const plan = { id: 'p1', title: 'Data engineer', items: [{ key: 'skill:python' }] }
    const data = { schemaVersion: 4, roles: [{ id: 'x' }], checklists: [plan], settings: {} }

    expect(v4ToV5.migrate(structuredClone(data))).toEqual({
      schemaVersion: 4,
      roles: [{ id: 'x' }],
      plans: [plan],
      settings: {},
    })
  })

  it('gives a v4 file without the key an empty list of plans', () => {
    expect(v4ToV5.migrate({ schemaVersion: 4, settings: {} })).toEqual({
      schemaVersion: 4,
      settings: {},
      plans: [],
    })
  })
})
