import { render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { openSavedAhead } from '../../../src/renderer/src/lib/compare-ahead'
import CompareView from '../../../src/renderer/src/views/CompareView.svelte'
import type { Comparison } from '../../../src/shared/domain/compare/types'
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

  it('asks main for the saved details only once the comparison is on screen', async () => {
    let compared: (comparison: Comparison) => void = () => undefined
    const gets: string[] = []
    installFakeApi({
      'compare:roles': () =>
        new Promise((settle) => {
          compared = settle
        }),
      'comparisons:get': ({ id }) => {
        gets.push(id)
        return savedTwoRoles
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
    expect(await screen.findByText('Comparing…')).toBeInTheDocument()
    // A few frames with the table still on its way: main is not asked in the middle of it.
    await new Promise((done) => setTimeout(done, 100))
    expect(gets).toEqual([])
    compared(twoRoles)
    expect(await screen.findByRole('table', { name: /compared roles/ })).toBeInTheDocument()
    await vi.waitFor(() => expect(gets).toEqual([savedTwoRoles.id]))
  })

  it('does not ask again for a saved comparison left before its table came', async () => {
    let compared: (comparison: Comparison) => void = () => undefined
    const gets: string[] = []
    const other = { ...savedTwoRoles, id: 'saved-2', title: 'Another look' }
    installFakeApi({
      'compare:roles': () =>
        new Promise((settle) => {
          compared = settle
        }),
      'comparisons:get': ({ id }) => {
        gets.push(id)
        return id === other.id ? other : savedTwoRoles
      },
      'library:query': () => ({ roles: [], total: 0, industries: [], tools: [] }),
      'salaries:compare': () => {
        throw new Error('not part of this test')
      },
    })
    openSavedAhead(savedTwoRoles, savedTwoRoles.roleIds)
    const route = {
      name: 'compare' as const,
      roleIds: savedTwoRoles.roleIds,
      differencesOnly: false,
      savedId: savedTwoRoles.id,
    }
    const view = render(CompareView, { route, onroutechange: vi.fn() })
    expect(await screen.findByText('Comparing…')).toBeInTheDocument()
    await view.rerender({ route: { ...route, savedId: other.id }, onroutechange: vi.fn() })
    compared(twoRoles)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Another look' }),
    ).toBeInTheDocument()
    await new Promise((done) => setTimeout(done, 100))
    expect(gets).toEqual([other.id])
  })
})
