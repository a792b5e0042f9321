import { describe, expect, it } from 'vitest'
import { listSavedComparisons } from '../../../../src/main/services/saved-comparisons/list-saved-comparisons'
import type { SavedComparison } from '@shared/domain/saved-comparison'

function saved(overrides: Partial<SavedComparison>): SavedComparison {
  return {
    id: 'c',
    title: 'Untitled',
    roleIds: ['ai-programmer', 'data-manager'],
    roleNames: ['AI Programmer', 'Data Manager'],
    notes: '',
    tags: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  }
}

const names = new Map([
  ['ai-programmer', 'AI Developer'],
  ['data-manager', 'Data Manager'],
])

describe('listSavedComparisons', () => {
  it('sorts by last change, newest first, then by title, and hides deleted ones', () => {
    const list = listSavedComparisons(
      [
        saved({ id: 'a', title: 'b', updatedAt: '2026-11-02T00:00:00.000Z' }),
        saved({ id: 'b', title: 'a', updatedAt: '2026-11-02T00:00:00.000Z' }),
        saved({ id: 'c', updatedAt: '2026-11-03T00:00:00Z' }),
        saved({
          id: 'd',
          updatedAt: '2026-11-04T00:00:00.000Z',
          deletedAt: '2026-11-05T00:00:00Z',
        }),
      ],
      names,
      '',
    )
    expect(list.map((view) => view.id)).toEqual(['c', 'b', 'a'])
  })

  it('matches current role names, and saved names of roles no longer there', () => {
    const comparisons = [
      saved({ id: 'renamed' }),
      saved({
        id: 'orphan',
        roleIds: ['ai-programmer', 'old-role'],
        roleNames: ['AI Programmer', 'Retired Role'],
      }),
    ]
    expect(listSavedComparisons(comparisons, names, 'ai developer').map((view) => view.id)).toEqual(
      ['renamed', 'orphan'],
    )
    expect(listSavedComparisons(comparisons, names, 'ai programmer')).toEqual([])
    const [orphan] = listSavedComparisons(comparisons, names, 'retired')
    expect(orphan).toMatchObject({
      id: 'orphan',
      roleNames: ['AI Developer', 'Retired Role'],
      missingRoleIds: ['old-role'],
    })
    expect(orphan).not.toHaveProperty('deletedAt')
  })
})
