import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import ToastRegion from '../../../src/renderer/src/components/app/ToastRegion.svelte'
import { CompareAhead } from '../../../src/renderer/src/lib/compare-ahead'
import SavedComparisonsView from '../../../src/renderer/src/views/SavedComparisonsView.svelte'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

function saved(
  id: string,
  title: string,
  extra: Partial<SavedComparisonView> = {},
): SavedComparisonView {
  return {
    id,
    title,
    roleIds: ['ai-programmer', 'data-manager'],
    roleNames: ['AI Programmer', 'Data Manager'],
    notes: '',
    tags: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    missingRoleIds: [],
    ...extra,
  }
}

/** An in-memory stand-in for the comparisons service, enough for the list's actions. */
function fakeComparisons(initial: SavedComparisonView[]) {
  let items = [...initial]
  const deleted = new Map<string, SavedComparisonView>()
  installFakeApi({
    'savedComparisons:list': () => items,
    'savedComparisons:update': ({ id, ...changes }) => {
      const found = items.find((item) => item.id === id)
      if (!found) throw new AppError('not-found', 'gone')
      Object.assign(found, changes)
      return found
    },
    'savedComparisons:duplicate': ({ id }) => {
      const found = items.find((item) => item.id === id)
      if (!found) throw new AppError('not-found', 'gone')
      const copy = { ...found, id: `${id}-copy`, title: `${found.title} (copy)` }
      items = [copy, ...items]
      return copy
    },
    'savedComparisons:delete': ({ id }) => {
      const found = items.find((item) => item.id === id)
      if (found) deleted.set(id, found)
      items = items.filter((item) => item.id !== id)
    },
    'savedComparisons:restore': ({ id }) => {
      const found = deleted.get(id)
      if (!found) throw new AppError('not-found', 'gone')
      items = [...items, found]
      return found
    },
  })
}

function titles(): string[] {
  const list = screen.getByRole('list', { name: 'Saved comparisons' })
  return within(list)
    .getAllByRole('heading')
    .map((heading) => heading.textContent ?? '')
}

describe('SavedComparisonsView', () => {
  it('says what to do when nothing is saved', async () => {
    fakeComparisons([])
    render(SavedComparisonsView, {
      text: '',
      ontextchange: vi.fn(),
      compareAhead: new CompareAhead(),
    })
    await screen.findByText('Nothing saved yet')
  })

  it('shows a role that was deleted since, by name', async () => {
    fakeComparisons([saved('a', 'Old plan', { missingRoleIds: ['data-manager'] })])
    render(SavedComparisonsView, {
      text: '',
      ontextchange: vi.fn(),
      compareAhead: new CompareAhead(),
    })
    const card = await screen.findByRole('article', { name: 'Old plan' })
    expect(card).toHaveTextContent('Data Manager (no longer in the library)')
    expect(within(card).getByRole('link', { name: 'Old plan' })).toHaveAttribute(
      'href',
      '#/compare?roles=ai-programmer&saved=a',
    )
  })

  it('deletes with undo, which brings the comparison back', async () => {
    fakeComparisons([saved('a', 'Shortlist'), saved('b', 'Career change')])
    render(ToastRegion)
    render(SavedComparisonsView, {
      text: '',
      ontextchange: vi.fn(),
      compareAhead: new CompareAhead(),
    })
    await screen.findByRole('list', { name: 'Saved comparisons' })
    await userEvent.click(screen.getByRole('button', { name: 'Delete Shortlist' }))
    await waitFor(() => expect(titles()).toEqual(['Career change']))
    const toasts = screen.getByRole('status', { name: 'Notifications' })
    expect(toasts).toHaveTextContent('Deleted “Shortlist”.')
    await userEvent.click(within(toasts).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(titles()).toEqual(['Career change', 'Shortlist']))
  })

  it('renames through the edit form and duplicates', async () => {
    fakeComparisons([saved('a', 'Shortlist')])
    render(SavedComparisonsView, {
      text: '',
      ontextchange: vi.fn(),
      compareAhead: new CompareAhead(),
    })
    await screen.findByRole('list', { name: 'Saved comparisons' })
    await userEvent.click(screen.getByRole('button', { name: 'Rename or edit notes of Shortlist' }))
    const form = screen.getByRole('form', { name: 'Edit Shortlist' })
    const title = within(form).getByLabelText('Title')
    await userEvent.clear(title)
    await userEvent.type(title, 'Final two')
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(titles()).toEqual(['Final two']))
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate Final two' }))
    await waitFor(() => expect(titles()).toEqual(['Final two (copy)', 'Final two']))
  })

  it('spaces the dots between role names', async () => {
    fakeComparisons([saved('a', 'Shortlist')])
    render(SavedComparisonsView, {
      text: '',
      ontextchange: vi.fn(),
      compareAhead: new CompareAhead(),
    })
    const card = await screen.findByRole('article', { name: 'Shortlist' })
    expect(card).toHaveTextContent('AI Programmer · Data Manager')
  })

  it('closes the edit form on Escape and gives focus back to the button that opened it', async () => {
    fakeComparisons([saved('a', 'Shortlist')])
    render(SavedComparisonsView, {
      text: '',
      ontextchange: vi.fn(),
      compareAhead: new CompareAhead(),
    })
    await screen.findByRole('list', { name: 'Saved comparisons' })
    await userEvent.click(screen.getByRole('button', { name: 'Rename or edit notes of Shortlist' }))
    const form = screen.getByRole('form', { name: 'Edit Shortlist' })
    expect(within(form).getByLabelText('Title')).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('form', { name: 'Edit Shortlist' })).not.toBeInTheDocument()
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Rename or edit notes of Shortlist' }),
      ).toHaveFocus(),
    )
  })

  it('refuses an empty title without calling main', async () => {
    fakeComparisons([saved('a', 'Shortlist')])
    render(SavedComparisonsView, {
      text: '',
      ontextchange: vi.fn(),
      compareAhead: new CompareAhead(),
    })
    await screen.findByRole('list', { name: 'Saved comparisons' })
    await userEvent.click(screen.getByRole('button', { name: 'Rename or edit notes of Shortlist' }))
    const form = screen.getByRole('form', { name: 'Edit Shortlist' })
    await userEvent.clear(within(form).getByLabelText('Title'))
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }))
    expect(within(form).getByRole('alert')).toHaveTextContent('Give the comparison a title.')
  })

  it('passes search text up so it lives in the route', async () => {
    fakeComparisons([saved('a', 'Shortlist')])
    const ontextchange = vi.fn()
    render(SavedComparisonsView, { text: '', ontextchange, compareAhead: new CompareAhead() })
    await userEvent.type(
      await screen.findByRole('searchbox', { name: 'Search saved comparisons' }),
      'x',
    )
    expect(ontextchange).toHaveBeenLastCalledWith('x')
  })
})
