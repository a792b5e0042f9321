import { render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { openSavedAhead } from '../../../src/renderer/src/lib/compare-ahead'
import CompareView from '../../../src/renderer/src/views/CompareView.svelte'
import type { SavedComparisonView } from '../../../src/shared/domain/saved-comparison'
import { savedTwoRoles, twoRoles } from '../compare-fixture'
import { installFakeApi } from '../fake-api'

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
    openSavedAhead(savedTwoRoles, savedTwoRoles.roleIds)
    render(CompareView, {
      route: {
        name: 'compare',
        roleIds: savedTwoRoles.roleIds,
        differencesOnly: false,
        savedId: savedTwoRoles.id,
      },
      onroutechange: vi.fn(),
    })
    // Shown from the list's copy, whether or not main has answered.
    expect(
      await screen.findByRole('heading', { level: 1, name: savedTwoRoles.title }),
    ).toBeInTheDocument()
    await vi.waitFor(() => expect(gets).toEqual([savedTwoRoles.id]))
    answer({ ...savedTwoRoles, title: 'Renamed while the list was saving' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Renamed while the list was saving' }),
    ).toBeInTheDocument()
  })
})
