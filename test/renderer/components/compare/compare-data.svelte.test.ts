import { flushSync } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  CompareData,
  type CompareDataDeps,
  type CompareRoute,
} from '../../../../src/renderer/src/components/compare/compare-data.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { Comparison } from '@shared/domain/compare/types'
import type { LibraryResult } from '@shared/domain/library'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import { savedTwoRoles, twoRoles } from '../../compare-fixture'

const library = {
  roles: [
    { id: 'analyst', name: 'Data Analyst' },
    { id: 'manager', name: 'Data Manager' },
    { id: 'engineer', name: 'ML Engineer' },
  ],
  total: 3,
  industries: [],
  tools: [],
  families: [],
  educations: [],
} as unknown as LibraryResult

function routeOf(roleIds: string[], savedId?: string): CompareRoute {
  return { name: 'compare', roleIds, differencesOnly: false, savedId }
}

/** A promise the test settles when it chooses. */
function onCue<T>() {
  let settle: (value: T) => void = () => undefined
  let fail: (error: unknown) => void = () => undefined
  const promise = new Promise<T>((resolve, reject) => {
    settle = resolve
    fail = reject
  })
  return { promise, settle, fail }
}

/** Lets answered promises run their `then`s, then draws what changed. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve()
  flushSync()
}

let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  stop = undefined
})

/**
 * A connected CompareData over fake calls, with a route the test can change; `afterPaint`
 * work waits in `painted` until the test runs it.
 */
function dataWith(
  start: CompareRoute,
  options: {
    compare?: (roleIds: readonly string[]) => Promise<Comparison>
    handedOver?: SavedComparisonView
    get?: () => Promise<SavedComparisonView>
  } = {},
) {
  const box = $state({ route: start })
  const painted: (() => void)[] = []
  const slowWaits: (() => void)[] = []
  const comparisons = {
    get: vi.fn(options.get ?? (() => Promise.resolve(savedTwoRoles))),
    save: vi.fn((input: { title: string }) =>
      Promise.resolve({ ...savedTwoRoles, id: 'saved-new', title: input.title }),
    ),
    update: vi.fn((input: Partial<SavedComparisonView>) =>
      Promise.resolve({ ...savedTwoRoles, ...input }),
    ),
  }
  const compare = {
    export: vi.fn(() => Promise.resolve({ saved: true as const, path: '/home/me/compare.md' })),
  }
  const query = vi.fn(() => Promise.resolve(library))
  let handed = options.handedOver
  const compareAhead = {
    compareRoles: vi.fn(options.compare ?? (() => Promise.resolve(twoRoles))),
    takeHandedOver: vi.fn((id: string) => {
      const taken = handed?.id === id ? handed : undefined
      handed = undefined
      return taken
    }),
  }
  const toasts = { show: vi.fn() }
  const replaceRoute = vi.fn((next: CompareRoute) => {
    box.route = next
  })
  const data = new CompareData(() => box.route, {
    client: { savedComparisons: comparisons, compare, library: { query } },
    toasts,
    compareAhead,
    replaceRoute,
    afterPaint: (work: () => void) => {
      painted.push(work)
      return () => painted.splice(painted.indexOf(work), 1)
    },
    afterSlowWait: (work: () => void) => {
      slowWaits.push(work)
      return () => slowWaits.splice(slowWaits.indexOf(work), 1)
    },
  } as unknown as CompareDataDeps)
  // What the screen's first build shows, before any effect has run.
  const firstBuild = { savedView: data.savedView, title: data.title }
  stop = $effect.root(() => data.connect())
  flushSync()
  return {
    data,
    firstBuild,
    box,
    painted,
    slowWaits,
    comparisons,
    compare,
    query,
    compareAhead,
    toasts,
    replaceRoute,
  }
}

describe('CompareData', () => {
  it('asks for the comparison of the route’s roles and shows it once it is here', async () => {
    const { data, compareAhead } = dataWith(routeOf(['analyst', 'manager']))
    expect(compareAhead.compareRoles).toHaveBeenCalledWith(['analyst', 'manager'])
    expect(data.shown).toBeUndefined()
    await settle()
    expect(data.current).toBe(twoRoles)
    expect(data.shown).toBe(twoRoles)
    expect(data.roleNames.get('manager')).toBe('Data Manager')
  })

  it('says it is comparing only once main has been slow to answer', async () => {
    const answer = onCue<Comparison>()
    const { data, slowWaits } = dataWith(routeOf(['analyst', 'manager']), {
      compare: () => answer.promise,
    })
    expect(data.slow).toBe(false)
    expect(slowWaits).toHaveLength(1)
    slowWaits[0]?.()
    flushSync()
    expect(data.slow).toBe(true)
    answer.settle(twoRoles)
    await settle()
    expect(data.slow).toBe(false)
    expect(slowWaits).toHaveLength(0)
  })

  it('never says it is comparing when main answers before the wait is up', async () => {
    const { data, slowWaits } = dataWith(routeOf(['analyst', 'manager']))
    await settle()
    expect(data.shown).toBe(twoRoles)
    // The wait was called off with the answer: nothing is left to say "Comparing…" later.
    expect(slowWaits).toHaveLength(0)
    expect(data.slow).toBe(false)
  })

  it('keeps the last table on screen while a changed set of columns is asked for', async () => {
    const next = onCue<Comparison>()
    let calls = 0
    const { data, box } = dataWith(routeOf(['analyst', 'manager']), {
      compare: () => (++calls === 1 ? Promise.resolve(twoRoles) : next.promise),
    })
    await settle()
    box.route = routeOf(['manager', 'analyst'])
    flushSync()
    expect(data.current).toBeUndefined()
    expect(data.shown).toBe(twoRoles)
    const swapped = { ...twoRoles, columns: [...twoRoles.columns].reverse() }
    next.settle(swapped)
    await settle()
    expect(data.shown).toBe(swapped)
  })

  it('asks for nothing and offers the first four when a link names five roles', () => {
    const { data, compareAhead, query } = dataWith(routeOf(['a', 'b', 'c', 'd', 'e']))
    expect(data.tooMany).toBe(true)
    expect(data.comparable).toBe(false)
    expect(data.settled).toBe(true)
    expect(compareAhead.compareRoles).not.toHaveBeenCalled()
    // Four roles are too many for the picker: no library either.
    expect(query).not.toHaveBeenCalled()
  })

  it('asks for the library only once the comparison is on screen, and only once', async () => {
    const answer = onCue<Comparison>()
    const { data, query, box } = dataWith(routeOf(['analyst', 'manager']), {
      compare: () => answer.promise,
    })
    expect(query).not.toHaveBeenCalled()
    answer.settle(twoRoles)
    await settle()
    expect(query).toHaveBeenCalledOnce()
    await settle()
    expect(data.addable.map((role) => role.id)).toEqual(['engineer'])
    box.route = routeOf(['analyst'])
    flushSync()
    expect(query).toHaveBeenCalledOnce()
  })

  it('asks for the library at once when the screen opens with fewer than two roles', () => {
    const { query, compareAhead } = dataWith(routeOf([]))
    expect(query).toHaveBeenCalledWith({ text: '' })
    expect(compareAhead.compareRoles).not.toHaveBeenCalled()
  })

  it('asks for the library after a failed comparison, so the user can pick others', async () => {
    const { data, query } = dataWith(routeOf(['analyst', 'manager']), {
      compare: () => Promise.reject(new ApiError('not-found', 'Data Manager is gone.')),
    })
    await settle()
    expect(data.comparison.error).toBe('Data Manager is gone.')
    expect(data.settled).toBe(true)
    expect(query).toHaveBeenCalledOnce()
  })

  it('tries a failed comparison again', async () => {
    let calls = 0
    const { data } = dataWith(routeOf(['analyst', 'manager']), {
      compare: () =>
        ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(twoRoles),
    })
    await settle()
    expect(data.comparison.status).toBe('error')
    await data.loadComparison()
    expect(data.shown).toBe(twoRoles)
  })

  it('shows a handed-over saved comparison at once and asks main only after the paint', async () => {
    const fresh = { ...savedTwoRoles, title: 'Renamed meanwhile' }
    const { data, comparisons, painted } = dataWith(routeOf(['analyst', 'manager'], 'saved-1'), {
      handedOver: savedTwoRoles,
      get: () => Promise.resolve(fresh),
    })
    await settle()
    expect(data.savedView?.title).toBe('Analyst or manager')
    expect(comparisons.get).not.toHaveBeenCalled()
    expect(painted).toHaveLength(1)
    painted[0]?.()
    await settle()
    expect(comparisons.get).toHaveBeenCalledExactlyOnceWith({ id: 'saved-1' })
    expect(data.savedView?.title).toBe('Renamed meanwhile')
  })

  it('shows a handed-over saved comparison in the screen’s first build, before any effect runs', async () => {
    const { firstBuild, compareAhead, comparisons } = dataWith(
      routeOf(['analyst', 'manager'], 'saved-1'),
      { handedOver: savedTwoRoles },
    )
    expect(firstBuild.savedView?.title).toBe('Analyst or manager')
    expect(firstBuild.title).toBe('Analyst or manager')
    // Taken once, as the screen was set up: the effect that follows the route finds it there.
    expect(compareAhead.takeHandedOver).toHaveBeenCalledOnce()
    await settle()
    expect(comparisons.get).not.toHaveBeenCalled()
  })

  it('waits for the comparison before asking main for the handed-over details', async () => {
    const answer = onCue<Comparison>()
    const { painted } = dataWith(routeOf(['analyst', 'manager'], 'saved-1'), {
      handedOver: savedTwoRoles,
      compare: () => answer.promise,
    })
    await settle()
    expect(painted).toHaveLength(0)
    answer.settle(twoRoles)
    await settle()
    expect(painted).toHaveLength(1)
  })

  it('asks main at once for a saved comparison nobody handed over', async () => {
    const { data, comparisons } = dataWith(routeOf(['analyst', 'manager'], 'saved-1'))
    expect(comparisons.get).toHaveBeenCalledWith({ id: 'saved-1' })
    await settle()
    expect(data.savedView?.id).toBe('saved-1')
  })

  it('names the roles that left the library and notices when columns differ', async () => {
    const withMissing = { ...savedTwoRoles, missingRoleIds: ['manager'] }
    const { data, box } = dataWith(routeOf(['analyst'], 'saved-1'), {
      get: () => Promise.resolve(withMissing),
    })
    await settle()
    expect(data.missingNames).toEqual(['Data Manager'])
    expect(data.columnsChanged).toBe(false)
    box.route = routeOf(['analyst', 'engineer'], 'saved-1')
    flushSync()
    expect(data.columnsChanged).toBe(true)
  })

  it('saves a new comparison under the roles’ names and names it in the route', async () => {
    const { data, comparisons, toasts, replaceRoute } = dataWith(routeOf(['analyst', 'manager']))
    await settle()
    expect(data.title).toBe('Data Analyst vs Data Manager')
    await data.saveDetails({ title: 'Mine', notes: 'n', tags: ['a'] })
    expect(comparisons.save).toHaveBeenCalledWith({
      title: 'Mine',
      notes: 'n',
      tags: ['a'],
      roleIds: ['analyst', 'manager'],
    })
    expect(toasts.show).toHaveBeenCalledWith('Saved “Mine”.')
    expect(replaceRoute).toHaveBeenCalledWith(
      expect.objectContaining({ roleIds: ['analyst', 'manager'], savedId: 'saved-new' }),
    )
  })

  it('saves changed details to the saved comparison shown', async () => {
    const { data, comparisons, toasts } = dataWith(routeOf(['analyst', 'manager'], 'saved-1'))
    await settle()
    await data.saveDetails({ title: 'Renamed', notes: '', tags: [] })
    expect(comparisons.update).toHaveBeenCalledWith({
      id: 'saved-1',
      title: 'Renamed',
      notes: '',
      tags: [],
    })
    expect(data.savedView?.title).toBe('Renamed')
    expect(toasts.show).toHaveBeenCalledWith('Saved changes to “Renamed”.')
  })

  it('lets a failed save reach the form that asked, so it can say why', async () => {
    const { data, comparisons } = dataWith(routeOf(['analyst', 'manager']))
    comparisons.save.mockRejectedValueOnce(new ApiError('invalid-input', 'Too long.'))
    await expect(data.saveDetails({ title: 'x', notes: '', tags: [] })).rejects.toThrow('Too long.')
  })

  it('saves the columns on screen to the saved comparison, and says when it cannot', async () => {
    const { data, comparisons, toasts, box } = dataWith(routeOf(['analyst', 'manager'], 'saved-1'))
    await settle()
    box.route = routeOf(['manager', 'analyst'], 'saved-1')
    flushSync()
    await data.saveColumns()
    expect(comparisons.update).toHaveBeenCalledWith({
      id: 'saved-1',
      roleIds: ['manager', 'analyst'],
    })
    expect(toasts.show).toHaveBeenLastCalledWith('Saved the new columns to “Analyst or manager”.')
    comparisons.update.mockRejectedValueOnce(new ApiError('not-found', 'It was deleted.'))
    await data.saveColumns()
    expect(toasts.show).toHaveBeenLastCalledWith('It was deleted.')
  })

  it('exports under the saved title, and says where the file went', async () => {
    const { data, compare, toasts } = dataWith(routeOf(['analyst', 'manager'], 'saved-1'))
    await settle()
    await data.exportAs('csv')
    expect(compare.export).toHaveBeenCalledWith({
      roleIds: ['analyst', 'manager'],
      title: 'Analyst or manager',
      notes: '',
      format: 'csv',
    })
    expect(toasts.show).toHaveBeenCalledWith('Saved to /home/me/compare.md.')
  })

  it('says nothing when the user cancels the export, and why when it fails', async () => {
    const { data, compare, toasts } = dataWith(routeOf(['analyst', 'manager']))
    await settle()
    compare.export.mockResolvedValueOnce({ saved: false } as never)
    await data.exportAs('markdown')
    expect(toasts.show).not.toHaveBeenCalled()
    compare.export.mockRejectedValueOnce(new ApiError('internal', 'The disk is full.'))
    await data.exportAs('markdown')
    expect(toasts.show).toHaveBeenCalledWith('The disk is full.')
  })

  it('replaces the route with new columns', () => {
    const { data, replaceRoute } = dataWith(routeOf(['analyst', 'manager'], 'saved-1'))
    data.setColumns(['manager'])
    expect(replaceRoute).toHaveBeenCalledWith(routeOf(['manager'], 'saved-1'))
  })
})
