import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { tick } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import { CompareAhead } from '../../../src/renderer/src/lib/compare-ahead'
import CompareView from '../../../src/renderer/src/views/CompareView.svelte'
import type { Comparison } from '@shared/domain/compare/types'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import { savedTwoRoles, twoRoles } from '../compare-fixture'
import { installFakeApi } from '../fake-api'

const savedRoute = {
  name: 'compare' as const,
  roleIds: savedTwoRoles.roleIds,
  differencesOnly: false,
  savedId: savedTwoRoles.id,
}

/**
 * Opens `savedTwoRoles` as its card in the saved list does, with main answering the comparison
 * and the saved details as given; returns the ids main was asked the details of.
 */
function openFromSavedList(main: {
  compare: () => Comparison | Promise<Comparison>
  saved: (id: string) => SavedComparisonView | Promise<SavedComparisonView>
}) {
  const gets: string[] = []
  installFakeApi({
    'compare:roles': main.compare,
    'savedComparisons:get': ({ id }) => {
      gets.push(id)
      return main.saved(id)
    },
    'library:query': () => ({
      roles: [],
      total: 0,
      industries: [],
      tools: [],
      families: [],
      educations: [],
    }),
    'salaries:compare': () => {
      throw new Error('not part of this test')
    },
  })
  const compareAhead = new CompareAhead()
  compareAhead.openSaved(savedTwoRoles, savedTwoRoles.roleIds)
  const view = render(CompareView, { route: savedRoute, compareAhead, onroutechange: vi.fn() })
  return { gets, view }
}

/** A comparison main answers only when the test says so. */
function comparisonOnCue() {
  let settle: (comparison: Comparison) => void = () => undefined
  return {
    compare: () =>
      new Promise<Comparison>((resolve) => {
        settle = resolve
      }),
    answer: (comparison: Comparison) => settle(comparison),
  }
}

describe('CompareView', () => {
  it('opens a saved comparison with the list’s details, then shows main’s', async () => {
    let answer: (view: SavedComparisonView) => void = () => undefined
    const { gets } = openFromSavedList({
      compare: () => twoRoles,
      saved: () =>
        new Promise((settle) => {
          answer = settle
        }),
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

  it('says "Comparing…" only once main is slow to answer, and draws the table in its place', async () => {
    const comparison = comparisonOnCue()
    openFromSavedList({ compare: comparison.compare, saved: () => savedTwoRoles })
    await tick()
    // A quick answer would come now: the screen has not drawn a loading text to take down.
    expect(screen.queryByText('Comparing…')).not.toBeInTheDocument()
    expect(await screen.findByRole('status')).toHaveTextContent('Comparing…')
    comparison.answer(twoRoles)
    expect(await screen.findByRole('table', { name: /compared roles/ })).toBeInTheDocument()
    expect(screen.queryByText('Comparing…')).not.toBeInTheDocument()
  })

  it('asks main for the saved details only once the comparison is on screen', async () => {
    const comparison = comparisonOnCue()
    const { gets } = openFromSavedList({ compare: comparison.compare, saved: () => savedTwoRoles })
    expect(await screen.findByText('Comparing…')).toBeInTheDocument()
    // A few frames with the table still on its way: main is not asked in the middle of it.
    await new Promise((done) => setTimeout(done, 100))
    expect(gets).toEqual([])
    comparison.answer(twoRoles)
    expect(await screen.findByRole('table', { name: /compared roles/ })).toBeInTheDocument()
    await vi.waitFor(() => expect(gets).toEqual([savedTwoRoles.id]))
  })

  it('does not ask again for a saved comparison left before its table came', async () => {
    const other = { ...savedTwoRoles, id: 'saved-2', title: 'Another look' }
    const comparison = comparisonOnCue()
    const { gets, view } = openFromSavedList({
      compare: comparison.compare,
      saved: (id) => (id === other.id ? other : savedTwoRoles),
    })
    expect(await screen.findByText('Comparing…')).toBeInTheDocument()
    await view.rerender({ route: { ...savedRoute, savedId: other.id }, onroutechange: vi.fn() })
    comparison.answer(twoRoles)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Another look' }),
    ).toBeInTheDocument()
    await new Promise((done) => setTimeout(done, 100))
    expect(gets).toEqual([other.id])
  })

  it('never sends a link with five roles to main, and offers the first four', async () => {
    const asked: string[][] = []
    installFakeApi({
      'compare:roles': ({ roleIds }) => {
        asked.push(roleIds)
        return twoRoles
      },
      'library:query': () => ({
        roles: [],
        total: 0,
        industries: [],
        tools: [],
        families: [],
        educations: [],
      }),
    })
    const onroutechange = vi.fn()
    const roleIds = ['a', 'b', 'c', 'd', 'e']
    render(CompareView, {
      route: { name: 'compare', roleIds, differencesOnly: false },
      compareAhead: new CompareAhead(),
      onroutechange,
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('A comparison holds at most four roles')
    expect(alert).toHaveTextContent('This link names 5 roles.')
    await userEvent.click(screen.getByRole('button', { name: 'Compare the first four' }))
    expect(onroutechange).toHaveBeenCalledWith(
      { name: 'compare', roleIds: ['a', 'b', 'c', 'd'], differencesOnly: false },
      { replace: true },
    )
    expect(asked).toEqual([])
  })

  it('switches between the grid and the full text through the route', async () => {
    installFakeApi({
      'compare:roles': () => twoRoles,
      'library:query': () => ({
        roles: [],
        total: 0,
        industries: [],
        tools: [],
        families: [],
        educations: [],
      }),
      'salaries:compare': () => {
        throw new Error('not part of this test')
      },
    })
    const onroutechange = vi.fn()
    const route = {
      name: 'compare' as const,
      roleIds: ['analyst', 'manager'],
      differencesOnly: false,
    }
    const view = render(CompareView, { route, compareAhead: new CompareAhead(), onroutechange })
    expect(await screen.findByRole('table', { name: /one row per section/ })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Full text' })).toBeChecked()
    await userEvent.click(screen.getByRole('radio', { name: 'Grid' }))
    expect(onroutechange).toHaveBeenCalledWith({ ...route, view: 'grid' }, { replace: true })
    await view.rerender({ route: { ...route, view: 'grid' } })
    expect(
      await screen.findByRole('table', { name: /Skills, tools and industries/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Grid' })).toBeChecked()
  })
})
