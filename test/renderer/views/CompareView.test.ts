import { render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { openSavedAhead } from '../../../src/renderer/src/lib/compare-ahead'
import CompareView from '../../../src/renderer/src/views/CompareView.svelte'
import type { SavedComparisonView } from '../../../src/shared/domain/saved-comparison'
import { twoRoles } from '../compare-fixture'
import { installFakeApi } from '../fake-api'

const saved: SavedComparisonView = {
  id: 'saved-1',
  title: 'Analyst or manager',
  roleIds: ['analyst', 'manager'],
  roleNames: ['Data Analyst', 'Data Manager'],
  notes: '',
  tags: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  missingRoleIds: [],
}

describe('CompareView', () => {
  it('opens a saved comparison with the list’s details, then shows main’s', async () => {
    let answer: (view: SavedComparisonView) => void = () => undefined
    const gets: string[] = []
    installFakeApi({
      'compare:roles': () => twoRoles,
      'comparisons:get': ({ id }) => {
        gets.push(id)
        return new Promise((settle) => {
          answer = settle
        })
      },
      'library:query': () => ({ roles: [], total: 0, industries: [], tools: [] }),
      'salaries:compare': () => {
        throw new Error('not part of this test')
      },
    })
    openSavedAhead(saved, saved.roleIds)
    render(CompareView, {
      route: { name: 'compare', roleIds: saved.roleIds, differencesOnly: false, savedId: saved.id },
      onroutechange: vi.fn(),
    })
    // Shown from the list's copy, whether or not main has answered.
    expect(await screen.findByRole('heading', { level: 1, name: saved.title })).toBeInTheDocument()
    await vi.waitFor(() => expect(gets).toEqual([saved.id]))
    answer({ ...saved, title: 'Renamed while the list was saving' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Renamed while the list was saving' }),
    ).toBeInTheDocument()
  })
})
