import type { LibraryQuery } from '../../../shared/domain/library'

/** Every screen the app can show; the route lives in the URL hash so back and forward work. */
export type Route =
  | { name: 'library'; query: LibraryQuery }
  | { name: 'role'; id: string }
  | { name: 'not-found'; path: string }

/** Reads a route from a location hash such as `#/library?q=sql&industry=finance`. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/'
  const [path = '/', search = ''] = raw.split('?', 2)
  const params = new URLSearchParams(search)
  if (path === '/' || path === '/library') {
    return {
      name: 'library',
      query: {
        text: params.get('q') ?? '',
        industryId: params.get('industry') ?? undefined,
        toolId: params.get('tool') ?? undefined,
      },
    }
  }
  const role = /^\/roles\/([^/]+)$/.exec(path)
  if (role?.[1]) return { name: 'role', id: decodeURIComponent(role[1]) }
  return { name: 'not-found', path }
}

/** The hash for a route; the inverse of `parseRoute`. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library': {
      const params = new URLSearchParams()
      if (route.query.text) params.set('q', route.query.text)
      if (route.query.industryId) params.set('industry', route.query.industryId)
      if (route.query.toolId) params.set('tool', route.query.toolId)
      const search = params.toString()
      return `#/library${search ? `?${search}` : ''}`
    }
    case 'role':
      return `#/roles/${encodeURIComponent(route.id)}`
    case 'not-found':
      return `#${route.path}`
  }
}

/** A link to the library searching for a term, e.g. every role that names Tableau. */
export function librarySearchHref(text: string): string {
  return routeHref({ name: 'library', query: { text } })
}
