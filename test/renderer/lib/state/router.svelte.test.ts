import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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
    window.history.replaceState(null, '', routeHref(saved))
  })

  afterEach(() => {
    stop()
  })

  it('shows a route gone to `now` in the same task, with a history entry Back returns from', () => {
    const router = new Router()
    stop = router.listen()
    const entries = window.history.length
    router.navigate(comparison, { now: true })
    expect(router.current).toEqual(comparison)
    expect(window.location.hash).toBe(routeHref(comparison))
    expect(window.history.length).toBe(entries + 1)
  })

  it('follows the hash as the user goes back and forth', () => {
    const router = new Router()
    stop = router.listen()
    router.navigate(comparison, { now: true })
    window.history.replaceState(null, '', routeHref(saved))
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(router.current).toEqual(saved)
  })
})
