import { describe, expect, it } from 'vitest'
import { v3ToV4 } from '../../../../src/main/store/migrations/v3-to-v4'

describe('v3 → v4', () => {
  it('gives a v3 file an empty list of imported articles and keeps everything else', () => {
    const data = { schemaVersion: 3, roles: [{ id: 'x' }], checklists: [], settings: {} }

    expect(v3ToV4.migrate(structuredClone(data))).toEqual({ ...data, articles: [] })
  })
})
