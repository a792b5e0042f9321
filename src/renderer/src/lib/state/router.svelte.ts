import { parseRoute, routeHref, type NavigateOptions, type Route } from '../route'

// Long after any screen has painted: the entry is there before the user could reach for Back.
const RECORD_AT_LATEST_MS = 1000

/** The current route, kept in step with the location hash. */
export class Router {
  current = $state<Route>(parseRoute(window.location.hash))
  // A history entry still to be added for the route shown (see `recordLater`).
  #pending: { href: string; timer: ReturnType<typeof setTimeout> } | undefined

  /** Starts following the hash; returns the function that stops it. */
  listen(): () => void {
    const update = (): void => {
      // The user went elsewhere (back, forward, a link) before the entry was added: the
      // history already says where they are, and an entry added now would be out of order.
      this.#dropPending()
      this.current = parseRoute(window.location.hash)
    }
    window.addEventListener('hashchange', update)
    return () => {
      this.#dropPending()
      window.removeEventListener('hashchange', update)
    }
  }

  /** Goes to a route, adding a history entry unless `options.replace` says otherwise. */
  navigate(route: Route, options: NavigateOptions = {}): void {
    // A step taken before the last one is recorded is recorded after it, in order.
    this.record()
    const href = routeHref(route)
    if (options.replace) {
      window.history.replaceState(null, '', href)
      this.current = parseRoute(href)
    } else if (options.recordLater) {
      this.current = parseRoute(href)
      // Should the screen never say it is shown, the entry is added all the same.
      this.#pending = { href, timer: setTimeout(() => this.record(), RECORD_AT_LATEST_MS) }
    } else {
      window.location.hash = href
    }
  }

  /** Adds the history entry of a route shown with `recordLater`, if it is still to be added. */
  record(): void {
    const pending = this.#pending
    if (!pending) return
    this.#pending = undefined
    clearTimeout(pending.timer)
    // pushState fires no hashchange: the route is already the one shown.
    window.history.pushState(null, '', pending.href)
  }

  #dropPending(): void {
    clearTimeout(this.#pending?.timer)
    this.#pending = undefined
  }
}
