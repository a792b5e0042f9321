import { parseRoute, routeHref, type NavigateOptions, type Route } from '../route'

/** The current route, kept in step with the location hash. */
export class Router {
  current = $state<Route>(parseRoute(window.location.hash))

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
