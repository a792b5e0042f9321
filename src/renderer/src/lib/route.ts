import type { LibraryQuery } from '../../../shared/domain/library'

/** Every screen the app can show; the route lives in the URL hash so back and forward work. */
export type Route =
  | { name: 'library'; query: LibraryQuery }
  | { name: 'role'; id: string }
  | {
      name: 'compare'
      roleIds: string[]
      differencesOnly: boolean
      savedId?: string | undefined
      /** The grid or the full text, when the user chose one; otherwise it follows the role count. */
      view?: 'grid' | 'text' | undefined
    }
  | { name: 'transition'; fromId: string; toId: string }
  | { name: 'saved'; text: string }
  | { name: 'plans'; showArchived: boolean }
  | { name: 'plan'; id: string; asOf?: string | undefined }
  | { name: 'progress'; asOf?: string | undefined }
  | { name: 'skills'; text: string }
  | { name: 'fit' }
  | { name: 'fit-role'; roleId: string }
  | { name: 'import' }
  | { name: 'data' }
  | { name: 'about' }
  | { name: 'not-found'; path: string }

const LIST_SEPARATOR = ','

function listParam(value: string | null): string[] {
  return value ? value.split(LIST_SEPARATOR).filter((part) => part.length > 0) : []
}

/** Reads a route from a location hash such as `#/library?q=sql&industry=finance`. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/'
  const [path = '/', search = ''] = raw.split('?', 2)
  const params = new URLSearchParams(search)
  switch (path) {
    case '/':
    case '/library':
      return {
        name: 'library',
        query: {
          text: params.get('q') ?? '',
          industryId: params.get('industry') ?? undefined,
          toolId: params.get('tool') ?? undefined,
        },
      }
    case '/compare':
      return {
        name: 'compare',
        roleIds: listParam(params.get('roles')),
        differencesOnly: params.get('diff') === '1',
        savedId: params.get('saved') ?? undefined,
        view: (['grid', 'text'] as const).find((view) => view === params.get('view')),
      }
    case '/compare/transition':
      return { name: 'transition', fromId: params.get('from') ?? '', toId: params.get('to') ?? '' }
    case '/saved':
      return { name: 'saved', text: params.get('q') ?? '' }
    case '/plans':
      return { name: 'plans', showArchived: params.get('archived') === '1' }
    case '/import':
      return { name: 'import' }
    case '/data':
      return { name: 'data' }
    case '/about':
      return { name: 'about' }
    case '/skills':
      return { name: 'skills', text: params.get('q') ?? '' }
    case '/fit':
      return { name: 'fit' }
    case '/progress':
      return { name: 'progress', asOf: params.get('asOf') ?? undefined }
  }
  const fit = /^\/fit\/([^/]+)$/.exec(path)
  if (fit?.[1]) return { name: 'fit-role', roleId: decodeURIComponent(fit[1]) }
  const plan = /^\/plans\/([^/]+)$/.exec(path)
  if (plan?.[1]) {
    return { name: 'plan', id: decodeURIComponent(plan[1]), asOf: params.get('asOf') ?? undefined }
  }
  const role = /^\/roles\/([^/]+)$/.exec(path)
  if (role?.[1]) return { name: 'role', id: decodeURIComponent(role[1]) }
  return { name: 'not-found', path }
}

function withParams(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  // Commas stay readable ("roles=a,b"); URLSearchParams reads them back either way.
  const text = search.toString().replaceAll('%2C', ',')
  return `#${path}${text ? `?${text}` : ''}`
}

/** The hash for a route; the inverse of `parseRoute`. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
      return withParams('/library', {
        q: route.query.text,
        industry: route.query.industryId,
        tool: route.query.toolId,
      })
    case 'role':
      return `#/roles/${encodeURIComponent(route.id)}`
    case 'compare':
      return withParams('/compare', {
        roles: route.roleIds.join(LIST_SEPARATOR),
        diff: route.differencesOnly ? '1' : undefined,
        saved: route.savedId,
        view: route.view,
      })
    case 'transition':
      return withParams('/compare/transition', { from: route.fromId, to: route.toId })
    case 'saved':
      return withParams('/saved', { q: route.text })
    case 'plans':
      return withParams('/plans', { archived: route.showArchived ? '1' : undefined })
    case 'plan':
      return withParams(`/plans/${encodeURIComponent(route.id)}`, { asOf: route.asOf })
    case 'progress':
      return withParams('/progress', { asOf: route.asOf })
    case 'import':
      return '#/import'
    case 'data':
      return '#/data'
    case 'about':
      return '#/about'
    case 'skills':
      return withParams('/skills', { q: route.text })
    case 'fit':
      return '#/fit'
    case 'fit-role':
      return `#/fit/${encodeURIComponent(route.roleId)}`
    case 'not-found':
      return `#${route.path}`
  }
}

/** A link to the library searching for a term, e.g. every role that names Tableau. */
export function librarySearchHref(text: string): string {
  return routeHref({ name: 'library', query: { text } })
}

/** A link comparing the given roles side by side. */
export function compareHref(roleIds: string[], savedId?: string): string {
  return routeHref({ name: 'compare', roleIds, differencesOnly: false, savedId })
}
