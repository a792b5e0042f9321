import { parseRoute, routeHref, type NavigateOptions, type Route } from '../route'

/** The current route, kept in step with the location hash. */
export class Router {
  /**
   * Replaced whole on every navigation and never changed in place, so a plain object rather
   * than a deep proxy: every screen reads its route's fields (the compare screen its columns,
   * many times over as it opens), and through a proxy each read of an array item or its length
   * is a trap and a signal of its own.
   */
  current = $state.raw<Route>(parseRoute(window.location.hash))

  /** Starts following the hash; returns the function that stops it. */
  listen(): () => void {
    const update = (): void => {
      this.current = parseRoute(window.location.hash)
    }
    window.addEventListener('hashchange', update)
    return () => window.removeEventListener('hashchange', update)
  }

  /** Goes to a route, adding a history entry unless `options.replace` says otherwise. */
  navigate(route: Route, options: NavigateOptions = {}): void {
    const href = routeHref(route)
    if (options.replace) {
      window.history.replaceState(null, '', href)
      this.current = parseRoute(href)
    } else if (options.now) {
      // pushState fires no hashchange: the route is set here, in the same task.
      window.history.pushState(null, '', href)
      this.current = parseRoute(href)
    } else {
      window.location.hash = href
    }
  }
}
