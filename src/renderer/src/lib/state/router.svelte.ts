import { parseRoute, routeHref, type Route } from '../route'

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

  /**
   * Goes to a route. `replace` swaps the current history entry instead of adding one, so
   * typing in the search box does not fill the back button with every keystroke.
   */
  navigate(route: Route, options: { replace?: boolean } = {}): void {
    const href = routeHref(route)
    if (options.replace) {
      window.history.replaceState(null, '', href)
      this.current = parseRoute(href)
    } else {
      window.location.hash = href
    }
  }
}
