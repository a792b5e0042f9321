import { describe, expect, it } from 'vitest'
import { DbSchema, defaultDb } from '../../../src/main/store/schema'
import { EMPTY_PROGRESS } from '@shared/domain/progress/types'

const record = (key: string) => ({ key, ...EMPTY_PROGRESS, updatedAt: '2026-11-23T12:00:00.000Z' })

describe('DbSchema', () => {
  it('starts with no progress, activity or plans', () => {
    expect(defaultDb()).toMatchObject({ progress: [], activity: [], plans: [] })
    expect(DbSchema.safeParse(defaultDb()).success).toBe(true)
  })

  it('holds at most one progress record per key', () => {
    const distinct = { ...defaultDb(), progress: [record('skill:python'), record('tip:network')] }
    expect(DbSchema.safeParse(distinct).success).toBe(true)
    const repeated = { ...defaultDb(), progress: [record('skill:python'), record('skill:python')] }
    const result = DbSchema.safeParse(repeated)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({
      path: ['progress', 1, 'key'],
      message: 'duplicate progress key',
    })
  })
})
