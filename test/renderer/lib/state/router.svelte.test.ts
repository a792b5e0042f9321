import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { routeHref, type Route } from '../../../../src/renderer/src/lib/route'
import { Router } from '../../../../src/renderer/src/lib/state/router.svelte'

const saved: Route = { name: 'saved', text: '' }
const comparison: Route = {
  name: 'compare',
  roleIds: ['analyst', 'manager'],
  differencesOnly: false,
  savedId: 'saved-1',
}

describe('Router', () => {
  let stop: () => void = () => undefined

  beforeEach(() => {
    vi.useFakeTimers()
    window.history.replaceState(null, '', routeHref(saved))
  })

  afterEach(() => {
    stop()
    vi.useRealTimers()
  })

  function listening(): Router {
    const router = new Router()
    stop = router.listen()
    return router
  }

  it('shows a route opened with recordLater at once, and adds its entry once told', () => {
    const router = listening()
    const entries = window.history.length
    router.navigate(comparison, { recordLater: true })
    expect(router.current).toEqual(comparison)
    expect(window.location.hash).toBe(routeHref(saved))
    router.record()
    expect(window.location.hash).toBe(routeHref(comparison))
    expect(window.history.length).toBe(entries + 1)
    router.record()
    expect(window.history.length).toBe(entries + 1)
  })

  it('adds the entry a second later should the screen never say it is shown', () => {
    const router = listening()
    router.navigate(comparison, { recordLater: true })
    vi.advanceTimersByTime(1000)
    expect(window.location.hash).toBe(routeHref(comparison))
    expect(router.current).toEqual(comparison)
  })

  it('records the entry before a step taken in the meantime, so Back returns to it', () => {
    const router = listening()
    const entries = window.history.length
    router.navigate(comparison, { recordLater: true })
    const moved: Route = { ...comparison, roleIds: ['manager', 'analyst'] }
    router.navigate(moved, { replace: true })
    expect(window.history.length).toBe(entries + 1)
    expect(window.location.hash).toBe(routeHref(moved))
    expect(router.current).toEqual(moved)
  })

  it('drops the entry when the user goes elsewhere first', () => {
    const router = listening()
    router.navigate(comparison, { recordLater: true })
    const library = '#/'
    window.history.replaceState(null, '', library)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(router.current.name).toBe('library')
    vi.advanceTimersByTime(1000)
    expect(window.location.hash).toBe(library)
  })
})
