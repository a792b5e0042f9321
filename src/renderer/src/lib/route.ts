import type { Component } from 'svelte'
import type { LibraryQuery } from '@shared/domain/library'
// The first screen comes with the app (its `view` returns it as it is); every other view is
// imported the first time it is opened, which keeps what loads before the first paint small.
import type { CompareSelection } from '../components/library/compare-selection.svelte'
import LibraryView from '../views/LibraryView.svelte'
import type { CompareAhead } from './compare-ahead'
import { on, listParam, listText, numberParam, sortParam } from './route-params'
import { fillPattern, matchPattern } from './route-pattern'
import { loadCompareView } from './views'

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
  | { name: 'articleImport' }
  | { name: 'data' }
  | { name: 'about' }
  | { name: 'sources' }
  | { name: 'not-found'; path: string }
type RouteOf<N extends Route['name']> = Extract<Route, { name: N }>
type CompareRoute = RouteOf<'compare'>

/** How a step to another route is recorded in the history. */
export interface NavigateOptions {
  /**
   * Swaps the current history entry instead of adding one, so typing in the search box does
   * not fill the back button with every keystroke.
   */
  replace?: boolean
  /**
   * Adds the entry and shows the route in the same task, rather than setting the hash and
   * waiting for its hashchange event: a link followed this way skips a task and the page's
   * search for an element the fragment names, before a screen the user is waiting for.
   */
  now?: boolean
}

/** What a view may ask of the router: go somewhere, or swap the current entry. */
interface Navigator {
  navigate(route: Route, options?: NavigateOptions): void
}

/** What the route table hands a view's props: the router, and the objects screens share. */
export interface AppContext extends Navigator {
  /** The roles picked in the library for a comparison; kept while the user moves around. */
  selection: CompareSelection
  /** Comparisons asked for ahead of their screen (a link followed, a saved card opened). */
  compareAhead: CompareAhead
}

/** A view's module as `import()` gives it, or, for the first screen, as it is already. */
type ViewModule<P extends AnyProps> = { default: Component<P> }

/** One route, written once: its URL pattern, how it reads and writes the URL, and its view. */
interface RouteSpec<R extends { name: string }, P extends Record<string, unknown>> {
  /** `/plans/:id`: literal segments, and `:name` for one encoded segment. */
  pattern: string
  /** The route from the pattern's values and the query string. */
  parse: (params: Readonly<Record<string, string>>, query: URLSearchParams) => R
  /** The pattern's values and the query of a route: the inverse of `parse`. */
  href: (route: R) => {
    params?: Record<string, string>
    query?: Record<string, string | undefined>
  }
  /** Loads the view. */
  view: () => ViewModule<P> | Promise<ViewModule<P>>
  /** The view's props for a route; `app.navigate` is how the view changes the URL. */
  props: (route: R, app: AppContext) => P
  /**
   * What makes two routes of this name different screens: the view is built anew when it
   * changes (another plan), and kept when only the rest changes (a new search).
   */
  key?: (route: R) => string
}

type AnyProps = Record<string, unknown>

/**
 * Checks a spec whole, with the view's own props type (`props` must give the view what it
 * takes), then hands it to the table, where one slot holds any view.
 */
function defineRoute<N extends Route['name'], P extends AnyProps>(
  _name: N,
  spec: RouteSpec<RouteOf<N>, P>,
): RouteSpec<RouteOf<N>, AnyProps> {
  return spec as unknown as RouteSpec<RouteOf<N>, AnyProps>
}

/**
 * Every screen of the app, each written once: its pattern, how it reads and writes the URL, its
 * view and the props it gives the view. The table must hold every name of `Route`, and each
 * `parse` must give that route, so the type, the URL and the view cannot drift apart.
 */
const routes: { [N in Route['name']]: RouteSpec<RouteOf<N>, AnyProps> } = {
  library: defineRoute('library', {
    pattern: '/library',
    parse: (_, query) => ({
      name: 'library' as const,
      query: {
        text: query.get('q') ?? '',
        industryId: query.get('industry') ?? undefined,
        toolId: query.get('tool') ?? undefined,
        familyId: query.get('family') ?? undefined,
        education: query.get('education') ?? undefined,
        minGrowth: numberParam(query.get('growth')),
        minSalary: numberParam(query.get('salary')),
        sort: sortParam(query.get('sort')),
      } satisfies LibraryQuery,
    }),
    href: ({ query }) => ({
      query: {
        q: query.text,
        industry: query.industryId,
        tool: query.toolId,
        family: query.familyId,
        education: query.education,
        growth: query.minGrowth === undefined ? undefined : String(query.minGrowth),
        salary: query.minSalary === undefined ? undefined : String(query.minSalary),
        sort: query.sort === 'name' ? undefined : query.sort,
      },
    }),
    // A thunk, not the value: this module and the library import each other, and the library
    // is only read once the app draws.
    view: () => ({ default: LibraryView }),
    props: (route, app) => ({
      query: route.query,
      onquerychange: (query: LibraryQuery): void =>
        app.navigate({ name: 'library', query }, { replace: true }),
      selection: app.selection,
      compareAhead: app.compareAhead,
    }),
  }),
  role: defineRoute('role', {
    pattern: '/roles/:id',
    parse: (params) => ({ name: 'role' as const, id: params.id ?? '' }),
    href: (route) => ({ params: { id: route.id } }),
    view: () => import('../views/RoleView.svelte'),
    props: (route) => ({ id: route.id }),
    key: (route) => route.id,
  }),
  compare: defineRoute('compare', {
    pattern: '/compare',
    parse: (_, query) => ({
      name: 'compare' as const,
      roleIds: listParam(query.get('roles')),
      differencesOnly: query.get('diff') === '1',
      savedId: query.get('saved') ?? undefined,
      view: (['grid', 'text'] as const).find((view) => view === query.get('view')),
    }),
    href: (route) => ({
      query: {
        roles: listText(route.roleIds),
        diff: on(route.differencesOnly),
        saved: route.savedId,
        view: route.view,
      },
    }),
    view: loadCompareView,
    props: (route, app) => ({
      route,
      compareAhead: app.compareAhead,
      selection: app.selection,
      onroutechange: (next: CompareRoute, options?: { replace?: boolean }): void =>
        app.navigate(next, options),
    }),
  }),
  transition: defineRoute('transition', {
    pattern: '/compare/transition',
    parse: (_, query) => ({
      name: 'transition' as const,
      fromId: query.get('from') ?? '',
      toId: query.get('to') ?? '',
    }),
    href: (route) => ({ query: { from: route.fromId, to: route.toId } }),
    view: () => import('../views/TransitionView.svelte'),
    props: (route) => ({ fromId: route.fromId, toId: route.toId }),
    key: (route) => `${route.fromId}|${route.toId}`,
  }),
  saved: defineRoute('saved', {
    pattern: '/saved',
    parse: (_, query) => ({ name: 'saved' as const, text: query.get('q') ?? '' }),
    href: (route) => ({ query: { q: route.text } }),
    view: () => import('../views/SavedComparisonsView.svelte'),
    props: (route, app) => ({
      text: route.text,
      ontextchange: (text: string): void =>
        app.navigate({ name: 'saved', text }, { replace: true }),
      compareAhead: app.compareAhead,
      onopen: (comparison: CompareRoute): void => app.navigate(comparison, { now: true }),
    }),
  }),
  plans: defineRoute('plans', {
    pattern: '/plans',
    parse: (_, query) => ({ name: 'plans' as const, showArchived: query.get('archived') === '1' }),
    href: (route) => ({ query: { archived: on(route.showArchived) } }),
    view: () => import('../views/PlansView.svelte'),
    props: (route, router) => ({
      showArchived: route.showArchived,
      onshowarchivedchange: (showArchived: boolean): void =>
        router.navigate({ name: 'plans', showArchived }, { replace: true }),
    }),
  }),
  plan: defineRoute('plan', {
    pattern: '/plans/:id',
    parse: (params, query) => ({
      name: 'plan' as const,
      id: params.id ?? '',
      asOf: query.get('asOf') ?? undefined,
    }),
    href: (route) => ({ params: { id: route.id }, query: { asOf: route.asOf } }),
    view: () => import('../views/PlanView.svelte'),
    props: (route, router) => ({
      id: route.id,
      asOf: route.asOf,
      onasofchange: (asOf: string | undefined): void =>
        router.navigate({ name: 'plan', id: route.id, asOf }),
    }),
    key: (route) => route.id,
  }),
  progress: defineRoute('progress', {
    pattern: '/progress',
    parse: (_, query) => ({ name: 'progress' as const, asOf: query.get('asOf') ?? undefined }),
    href: (route) => ({ query: { asOf: route.asOf } }),
    view: () => import('../views/DashboardView.svelte'),
    props: (route, router) => ({
      asOf: route.asOf,
      onasofchange: (asOf: string | undefined): void => router.navigate({ name: 'progress', asOf }),
    }),
  }),
  skills: defineRoute('skills', {
    pattern: '/skills',
    parse: (_, query) => ({ name: 'skills' as const, text: query.get('q') ?? '' }),
    href: (route) => ({ query: { q: route.text } }),
    view: () => import('../views/SkillsView.svelte'),
    props: (route, router) => ({
      text: route.text,
      ontextchange: (text: string): void =>
        router.navigate({ name: 'skills', text }, { replace: true }),
    }),
  }),
  fit: defineRoute('fit', {
    pattern: '/fit',
    parse: () => ({ name: 'fit' as const }),
    href: () => ({}),
    view: () => import('../views/FitView.svelte'),
    props: () => ({}),
  }),
  'fit-role': defineRoute('fit-role', {
    pattern: '/fit/:roleId',
    parse: (params) => ({ name: 'fit-role' as const, roleId: params.roleId ?? '' }),
    href: (route) => ({ params: { roleId: route.roleId } }),
    view: () => import('../views/FitRoleView.svelte'),
    props: (route) => ({ roleId: route.roleId }),
    key: (route) => route.roleId,
  }),
  articleImport: defineRoute('articleImport', {
    // The URL kept its old name: links and bookmarks saved before the rename still open this screen.
    pattern: '/import',
    parse: () => ({ name: 'articleImport' as const }),
    href: () => ({}),
    view: () => import('../views/ArticleImportView.svelte'),
    props: () => ({}),
  }),
  data: defineRoute('data', {
    pattern: '/data',
    parse: () => ({ name: 'data' as const }),
    href: () => ({}),
    view: () => import('../views/DataView.svelte'),
    props: () => ({}),
  }),
  about: defineRoute('about', {
    pattern: '/about',
    parse: () => ({ name: 'about' as const }),
    href: () => ({}),
    view: () => import('../views/AboutView.svelte'),
    props: () => ({}),
  }),
  sources: defineRoute('sources', {
    pattern: '/sources',
    parse: () => ({ name: 'sources' as const }),
    href: () => ({}),
    view: () => import('../views/SourcesView.svelte'),
    props: () => ({}),
  }),
  'not-found': defineRoute('not-found', {
    // Never matched: what every unknown path becomes (see parseRoute).
    pattern: '',
    parse: (params) => ({ name: 'not-found' as const, path: params.path ?? '/' }),
    href: () => ({}),
    view: () => import('../views/NotFoundView.svelte'),
    props: (route) => ({ path: route.path }),
  }),
}

/** The spec of a route's name; typed by the name, so its `route` parameter fits. */
function specOf<N extends Route['name']>(name: N): RouteSpec<RouteOf<N>, AnyProps> {
  return routes[name] as RouteSpec<RouteOf<N>, AnyProps>
}

const routeNames = Object.keys(routes) as Route['name'][]

/** Reads a route from a location hash such as `#/library?q=sql&industry=finance`. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/'
  const [rawPath = '/', search = ''] = raw.split('?', 2)
  // "#", "#/" and "#?q=…" all open the first screen.
  const path = rawPath === '/' || rawPath === '' ? '/library' : rawPath
  const query = new URLSearchParams(search)
  for (const name of routeNames) {
    const params = matchPattern(routes[name].pattern, path)
    if (params) return specOf(name).parse(params, query)
  }
  return { name: 'not-found', path: rawPath }
}

/** The hash for a route; the inverse of `parseRoute`. */
export function routeHref(route: Route): string {
  if (route.name === 'not-found') return `#${route.path}`
  const spec = specOf(route.name)
  const { params, query = {} } = spec.href(route)
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value)
  // Commas stay readable ("roles=a,b"); URLSearchParams reads them back either way.
  const text = search.toString().replaceAll('%2C', ',')
  return `#${fillPattern(spec.pattern, params)}${text ? `?${text}` : ''}`
}

/** What the app draws for a route: which view, with which props, built anew when `key` changes. */
export interface Screen {
  /** The route's name and key: a new value means a new view, not an update of the old one. */
  key: string
  view: () => ViewModule<AnyProps> | Promise<ViewModule<AnyProps>>
  props: AnyProps
}

/** The screen for a route. */
export function screenFor(route: Route, app: AppContext): Screen {
  const spec = specOf(route.name)
  return {
    key: `${route.name}|${spec.key?.(route) ?? ''}`,
    view: spec.view,
    props: spec.props(route, app),
  }
}

/** The screens a link may open as the user first meets them, with nothing chosen in the URL. */
type ScreenName =
  | 'library'
  | 'compare'
  | 'saved'
  | 'plans'
  | 'progress'
  | 'skills'
  | 'fit'
  | 'articleImport'
  | 'data'
  | 'about'
  | 'sources'

/** Each of those screens' routes with no search, filter or choice: what a menu link opens. */
const screenStarts: { [N in ScreenName]: RouteOf<N> } = {
  library: { name: 'library', query: { text: '' } },
  compare: { name: 'compare', roleIds: [], differencesOnly: false },
  saved: { name: 'saved', text: '' },
  plans: { name: 'plans', showArchived: false },
  progress: { name: 'progress' },
  skills: { name: 'skills', text: '' },
  fit: { name: 'fit' },
  articleImport: { name: 'articleImport' },
  data: { name: 'data' },
  about: { name: 'about' },
  sources: { name: 'sources' },
}

/**
 * A link to a screen as it first opens (`screenHref('about')`): every internal link is built
 * from the route table, never written as a `#/…` string, so a changed pattern changes them all.
 */
export function screenHref(name: ScreenName): string {
  return routeHref(screenStarts[name])
}

/** A link to the library searching for a term, e.g. every role that names Tableau. */
export function librarySearchHref(text: string): string {
  return routeHref({ name: 'library', query: { text } })
}

/** A link comparing the given roles side by side. */
export function compareHref(roleIds: string[], savedId?: string): string {
  return routeHref({ name: 'compare', roleIds, differencesOnly: false, savedId })
}
