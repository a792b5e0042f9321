import { describe, expect, it } from 'vitest'
import {
  changesSummary,
  countsSummary,
  formatBytes,
} from '../../../../src/renderer/src/components/data/data-format'
import type { DataCounts } from '@shared/domain/data-transfer/counts'
import type { DataChanges } from '@shared/domain/data-transfer/types'

const none: DataCounts = {
  roles: 0,
  articles: 0,
  comparisons: 0,
  plans: 0,
  progress: 0,
  activity: 0,
}

const unchanged = { added: 0, updated: 0, unchanged: 4, conflicts: 0, removed: 0 }
const noChanges: DataChanges = {
  roles: unchanged,
  articles: unchanged,
  comparisons: unchanged,
  plans: unchanged,
  progress: unchanged,
  activity: unchanged,
}

describe('formatBytes', () => {
  it('writes a size as a file manager does', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1023)).toBe('1023 B')
    expect(formatBytes(1024)).toBe('1 KB')
    expect(formatBytes(12_800)).toBe('13 KB')
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB')
  })
})

describe('countsSummary', () => {
  it('lists the kinds the user has, in the order the screens use, singular or plural', () => {
    expect(countsSummary({ ...none, plans: 2, progress: 1, comparisons: 1 })).toBe(
      '1 saved comparison, 2 plans, 1 progress record',
    )
  })

  it('says "nothing yet" for an empty store, not an empty string', () => {
    expect(countsSummary(none)).toBe('nothing yet')
  })

  it('groups thousands', () => {
    expect(countsSummary({ ...none, activity: 12_500 })).toBe('12,500 logged changes')
  })
})

describe('changesSummary', () => {
  it('adds up every kind', () => {
    expect(
      changesSummary({
        ...noChanges,
        roles: { ...unchanged, added: 1 },
        plans: { ...unchanged, added: 2, updated: 3 },
      }),
    ).toBe('3 added, 3 updated')
  })

  it('names removals only when there were some, as a merge never removes', () => {
    expect(changesSummary(noChanges)).toBe('0 added, 0 updated')
    expect(changesSummary({ ...noChanges, progress: { ...unchanged, removed: 1200 } })).toBe(
      '0 added, 0 updated, 1,200 removed',
    )
  })
})
