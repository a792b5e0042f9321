import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CompareSelection } from '../../../src/renderer/src/components/library/compare-selection.svelte'
import { CompareAhead } from '../../../src/renderer/src/lib/compare-ahead'
import LibraryView from '../../../src/renderer/src/views/LibraryView.svelte'
import type { LibraryQuery, LibraryResult } from '@shared/domain/library'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

const all: LibraryResult = {
  roles: [
    {
      familyId: 'data-engineering',
      id: 'data-manager',
      name: 'Data Manager',
      aliases: [],
      summary: 'Runs data.',
      origin: 'builtin',
      keyTools: [],
      matchedOn: [],
    },
    {
      familyId: 'ml-ai',
      id: 'ai-programmer',
      name: 'AI Programmer',
      aliases: [],
      summary: 'Writes AI.',
      origin: 'builtin',
      keyTools: [],
      matchedOn: [],
    },
  ],
  total: 2,
  industries: [{ id: 'finance', name: 'Finance', roleCount: 2 }],
  tools: [{ id: 'tableau', name: 'Tableau', roleCount: 1 }],
  families: [
    { id: 'ml-ai', name: 'ML and AI', roleCount: 1 },
    { id: 'data-engineering', name: 'Data engineering and management', roleCount: 1 },
  ],
  educations: [],
}

/** Stands in for the browser's: a test says when an element comes near the view. */
class FakeIntersectionObserver {
  static current: FakeIntersectionObserver | undefined
  readonly watched = new Set<Element>()
  readonly #callback: IntersectionObserverCallback

  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback
    FakeIntersectionObserver.current = this
  }

  observe(element: Element): void {
    this.watched.add(element)
  }

  unobserve(element: Element): void {
    this.watched.delete(element)
  }

  disconnect(): void {
    this.watched.clear()
  }

  comeNear(element: Element): void {
    const entry = { target: element, isIntersecting: true } as IntersectionObserverEntry
    this.#callback([entry], this as unknown as IntersectionObserver)
  }
}

function manyRoles(count: number): LibraryResult {
  const roles = Array.from({ length: count }, (_, index) => ({
    id: `role-${index + 1}`,
    name: `Role ${index + 1}`,
    aliases: [],
    summary: `Summary of role ${index + 1}.`,
    origin: 'builtin' as const,
    keyTools: [],
    matchedOn: [],
    familyId: 'data-science' as const,
  }))
  const families = [{ id: 'data-science', name: 'Data science and analytics', roleCount: count }]
  return { roles, total: count, industries: [], tools: [], families, educations: [] }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

/** The library screen for `query`, with its own selection and comparisons asked ahead. */
function renderLibrary(query: LibraryQuery, onquerychange = vi.fn()): ReturnType<typeof render> {
  return render(LibraryView, {
    query,
    onquerychange,
    selection: new CompareSelection(),
    compareAhead: new CompareAhead(),
  })
}

describe('LibraryView', () => {
  it('keeps the Compare picks when the screen is left and opened again', async () => {
    installFakeApi({ 'library:query': () => all })
    const selection = new CompareSelection()
    const props = {
      query: { text: '' },
      onquerychange: vi.fn(),
      selection,
      compareAhead: new CompareAhead(),
    }
    const first = render(LibraryView, props)
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Compare Data Manager' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare AI Programmer' }))
    first.unmount()

    render(LibraryView, props)
    expect(await screen.findByRole('checkbox', { name: 'Compare Data Manager' })).toBeChecked()
    const bar = screen.getByRole('region', { name: 'Roles to compare' })
    expect(bar).toHaveTextContent('Data Manager, AI Programmer')
    expect(within(bar).getByRole('link', { name: 'Compare 2 roles' })).toHaveAttribute(
      'href',
      '#/compare?roles=data-manager,ai-programmer',
    )
  })

  it('shows a loading state, then every role with a count', async () => {
    installFakeApi({ 'library:query': () => all })
    renderLibrary({ text: '' })
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Loading roles…')
    const list = await screen.findByRole('list', { name: 'Roles' })
    expect(list.querySelectorAll('article')).toHaveLength(2)
    expect(screen.getByText('2 roles')).toBeInTheDocument()
  })

  it('reports each change of search text and filters', async () => {
    installFakeApi({ 'library:query': () => all })
    const onquerychange = vi.fn<(query: LibraryQuery) => void>()
    renderLibrary({ text: '' }, onquerychange)
    await screen.findByRole('list', { name: 'Roles' })
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search roles' }), 'T')
    expect(onquerychange).toHaveBeenLastCalledWith({ text: 'T' })
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Industry' }), 'Finance (2)')
    expect(onquerychange).toHaveBeenLastCalledWith({ text: '', industryId: 'finance' })
  })

  it('groups the roles under their family headings, in the families order', async () => {
    installFakeApi({ 'library:query': () => all })
    renderLibrary({ text: '' })
    await screen.findByRole('list', { name: 'Roles' })
    const headings = screen.getAllByRole('heading', { level: 2 })
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'ML and AI 1',
      'Data engineering and management 1',
    ])
    const ml = screen.getByRole('list', { name: 'ML and AI' })
    expect(within(ml).getByRole('link', { name: 'AI Programmer' })).toBeInTheDocument()
    const data = screen.getByRole('list', { name: 'Data engineering and management' })
    expect(within(data).getByRole('link', { name: 'Data Manager' })).toBeInTheDocument()
  })

  it('ranks by median salary with each card naming its median', async () => {
    const paid = all.roles.map((role, index) => ({
      ...role,
      medianSalary: 180_000.5 - index * 50_000,
    }))
    installFakeApi({ 'library:query': () => ({ ...all, roles: paid }) })
    renderLibrary({ text: '', sort: 'salary' })
    const list = await screen.findByRole('list', { name: 'By median salary, highest first' })
    expect(within(list).getByText('Median salary: $180,001')).toBeInTheDocument()
    expect(within(list).getByText('Median salary: $130,001')).toBeInTheDocument()
  })

  it('ranks by fit with each card naming the fit', async () => {
    const fitted = all.roles.map((role, index) => ({ ...role, fitScore: 80 - index * 60 }))
    installFakeApi({ 'library:query': () => ({ ...all, roles: fitted }) })
    renderLibrary({ text: '', sort: 'fit' })
    const list = await screen.findByRole('list', { name: 'By your fit, best first' })
    expect(within(list).getByText('Your fit: 80%')).toBeInTheDocument()
    expect(within(list).getByText('Your fit: 20%')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('fit')
  })

  it('shows one ranking without family headings when sorted by growth', async () => {
    const ranked = all.roles.map((role, index) => ({ ...role, growthPercent: 20 - index * 30 }))
    installFakeApi({ 'library:query': () => ({ ...all, roles: ranked }) })
    renderLibrary({ text: '', sort: 'growth' })
    const list = await screen.findByRole('list', { name: 'By growth, fastest first' })
    expect(
      within(list)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Data Manager', 'AI Programmer'])
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
    expect(within(list).getByText('Growth to 2034: +20%')).toBeInTheDocument()
    expect(within(list).getByText('Growth to 2034: -10%')).toBeInTheDocument()
  })

  it('shows a search as one list, best match first, not split by family', async () => {
    // Main ranks the matches; grouping would put the best one wherever its family falls.
    installFakeApi({ 'library:query': () => all })
    renderLibrary({ text: 'data' })
    const list = await screen.findByRole('list', { name: 'Best matches first' })
    expect(
      within(list)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Data Manager', 'AI Programmer'])
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
  })

  it('reports a family, education, growth and sort choice, and clears filters but not the sort', async () => {
    installFakeApi({
      'library:query': () => ({
        ...all,
        educations: [{ id: "Master's degree", name: "Master's degree", roleCount: 1 }],
      }),
    })
    const onquerychange = vi.fn<(query: LibraryQuery) => void>()
    renderLibrary({ text: '', minGrowth: 10, sort: 'growth' }, onquerychange)
    await screen.findByRole('list', { name: 'Roles' })
    const base = { text: '', minGrowth: 10, sort: 'growth' }
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Family' }), 'ML and AI (1)')
    expect(onquerychange).toHaveBeenLastCalledWith({ ...base, familyId: 'ml-ai' })
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Entry education' }),
      "Master's degree (1)",
    )
    expect(onquerychange).toHaveBeenLastCalledWith({ ...base, education: "Master's degree" })
    const growth = screen.getByRole('combobox', { name: 'Growth to 2034' })
    expect(growth).toHaveValue('10')
    await userEvent.selectOptions(growth, 'Growing over 20%')
    expect(onquerychange).toHaveBeenLastCalledWith({ ...base, minGrowth: 20 })
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Median salary' }),
      '$150k or more',
    )
    expect(onquerychange).toHaveBeenLastCalledWith({ ...base, minSalary: 150_000 })
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Median salary, highest first',
    )
    expect(onquerychange).toHaveBeenLastCalledWith({ text: '', minGrowth: 10, sort: 'salary' })
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Name')
    expect(onquerychange).toHaveBeenLastCalledWith({ text: '', minGrowth: 10, sort: undefined })
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }))
    expect(onquerychange).toHaveBeenLastCalledWith({ text: '', sort: 'growth' })
  })

  it('offers to clear a search that matches nothing', async () => {
    installFakeApi({ 'library:query': () => ({ ...all, roles: [] }) })
    const onquerychange = vi.fn()
    renderLibrary({ text: 'zzz' }, onquerychange)
    await screen.findByText('No roles match')
    expect(screen.getByText('0 of 2 roles')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }))
    expect(onquerychange).toHaveBeenCalledWith({ text: '' })
  })

  it('shows the error and retries on request', async () => {
    let fail = true
    installFakeApi({
      'library:query': () => {
        if (fail) throw new AppError('internal', 'The library is unavailable.')
        return all
      },
    })
    renderLibrary({ text: '' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The library is unavailable.')
    fail = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.getByRole('list', { name: 'Roles' })).toBeInTheDocument())
  })

  it('lists every role by name, and draws a card whole once it comes near the view', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
    installFakeApi({ 'library:query': () => manyRoles(40) })
    renderLibrary({ text: '' })
    const list = await screen.findByRole('list', { name: 'Roles' })
    expect(within(list).getAllByRole('link')).toHaveLength(40)
    expect(screen.getByRole('checkbox', { name: 'Compare Role 1' })).toBeInTheDocument()
    const last = screen.getByRole('article', { name: 'Role 40' })
    expect(within(last).getByRole('link', { name: 'Role 40' })).toBeVisible()
    expect(last).not.toHaveTextContent('Summary of role 40.')
    expect(screen.queryByRole('checkbox', { name: 'Compare Role 40' })).not.toBeInTheDocument()

    const observer = FakeIntersectionObserver.current
    const item = last.closest('li')
    if (!observer || !item) throw new Error('the last card is not watched')
    // Watched once the list has been painted.
    await waitFor(() => expect(observer.watched.has(item)).toBe(true))
    expect(observer.watched.size).toBe(40 - 12)
    observer.comeNear(item)
    expect(await screen.findByText('Summary of role 40.')).toBeVisible()
    expect(screen.getByRole('checkbox', { name: 'Compare Role 40' })).toBeEnabled()
    expect(observer.watched.has(item)).toBe(false)
  })
})
