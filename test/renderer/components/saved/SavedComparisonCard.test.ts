import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import SavedComparisonCard from '../../../../src/renderer/src/components/saved/SavedComparisonCard.svelte'
import { CompareAhead } from '../../../../src/renderer/src/lib/compare-ahead'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import { savedTwoRoles, twoRoles } from '../../compare-fixture'

const threeRoles: SavedComparisonView = {
  ...savedTwoRoles,
  title: 'My shortlist',
  roleIds: ['analyst', 'gone', 'manager'],
  roleNames: ['Data Analyst', 'Prompt Whisperer', 'Data Manager'],
  missingRoleIds: ['gone'],
  tags: ['shortlist', '2027'],
  notes: 'Ask Sam about the manager role.',
}

function renderCard(
  comparison: SavedComparisonView,
  onedit = vi.fn(() => Promise.resolve()),
  onopen?: (route: unknown) => void,
) {
  const compareAhead = new CompareAhead(() => Promise.resolve(twoRoles))
  const handlers = { onedit, onduplicate: vi.fn(), ondelete: vi.fn() }
  render(SavedComparisonCard, { comparison, compareAhead, onopen, ...handlers })
  return { compareAhead, ...handlers }
}

describe('SavedComparisonCard', () => {
  it('links to the comparison of the roles still in the library', () => {
    renderCard(threeRoles)
    expect(screen.getByRole('link', { name: 'My shortlist' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/compare\?roles=analyst.+manager&saved=saved-1$/),
    )
    expect(screen.getByRole('link', { name: 'My shortlist' }).getAttribute('href')).not.toContain(
      'gone',
    )
  })

  it('names every role, and says which left the library', () => {
    renderCard(threeRoles)
    const card = screen.getByRole('article', { name: 'My shortlist' })
    expect(card).toHaveTextContent(
      'Data Analyst · Prompt Whisperer (no longer in the library) · Data Manager',
    )
  })

  it('shows its tags and notes', () => {
    renderCard(threeRoles)
    const tags = screen.getByRole('list', { name: 'Tags' })
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((tag) => tag.textContent),
    ).toEqual(['shortlist', '2027'])
    expect(screen.getByText('Ask Sam about the manager role.')).toBeInTheDocument()
  })

  it('hands its details over as its link is followed, so the compare screen shows them at once', async () => {
    const user = userEvent.setup()
    const { compareAhead } = renderCard(threeRoles)
    await user.click(screen.getByRole('link', { name: 'My shortlist' }))
    expect(compareAhead.takeHandedOver('saved-1')).toEqual(threeRoles)
  })

  it('opens the comparison of the roles still in the library itself, instead of the link', async () => {
    const user = userEvent.setup()
    const onopen = vi.fn()
    const { compareAhead } = renderCard(threeRoles, undefined, onopen)
    const before = window.location.hash
    await user.click(screen.getByRole('link', { name: 'My shortlist' }))
    expect(onopen).toHaveBeenCalledExactlyOnceWith({
      name: 'compare',
      roleIds: ['analyst', 'manager'],
      differencesOnly: false,
      savedId: 'saved-1',
    })
    expect(window.location.hash).toBe(before)
    expect(compareAhead.takeHandedOver('saved-1')).toEqual(threeRoles)
  })

  it('leaves a click with a modifier key to the link', async () => {
    const user = userEvent.setup()
    const onopen = vi.fn()
    renderCard(threeRoles, undefined, onopen)
    await user.keyboard('{Control>}')
    await user.click(screen.getByRole('link', { name: 'My shortlist' }))
    await user.keyboard('{/Control}')
    expect(onopen).not.toHaveBeenCalled()
  })

  it('names the comparison in each action for screen readers', async () => {
    const user = userEvent.setup()
    const { onduplicate, ondelete } = renderCard(threeRoles)
    await user.click(screen.getByRole('button', { name: 'Duplicate My shortlist' }))
    await user.click(screen.getByRole('button', { name: 'Delete My shortlist' }))
    expect(onduplicate).toHaveBeenCalledOnce()
    expect(ondelete).toHaveBeenCalledOnce()
  })

  it('edits the details in place and returns focus to the button once saved', async () => {
    const user = userEvent.setup()
    const { onedit } = renderCard(savedTwoRoles)
    await user.click(
      screen.getByRole('button', { name: 'Rename or edit notes of Analyst or manager' }),
    )
    const title = screen.getByRole('textbox', { name: /Title/ })
    await user.clear(title)
    await user.type(title, 'Final two')
    await user.type(screen.getByRole('textbox', { name: /Tags/ }), 'shortlist, , later ')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(onedit).toHaveBeenCalledWith({
      title: 'Final two',
      notes: '',
      tags: ['shortlist', 'later'],
    })
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Rename or edit notes of Analyst or manager' }),
      ).toHaveFocus(),
    )
  })

  it('keeps the form open with main’s words when the edit fails', async () => {
    const user = userEvent.setup()
    renderCard(
      savedTwoRoles,
      vi.fn(() => Promise.reject(new ApiError('not-found', 'This comparison was deleted.'))),
    )
    await user.click(screen.getByRole('button', { name: /Rename or edit notes/ }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This comparison was deleted.')
    expect(screen.getByRole('form', { name: 'Edit Analyst or manager' })).toBeInTheDocument()
  })

  it('refuses an empty title without asking main', async () => {
    const user = userEvent.setup()
    const { onedit } = renderCard(savedTwoRoles)
    await user.click(screen.getByRole('button', { name: /Rename or edit notes/ }))
    await user.clear(screen.getByRole('textbox', { name: /Title/ }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Give the comparison a title.')
    expect(onedit).not.toHaveBeenCalled()
  })

  it('closes the form on Escape without saving', async () => {
    const user = userEvent.setup()
    const { onedit } = renderCard(savedTwoRoles)
    await user.click(screen.getByRole('button', { name: /Rename or edit notes/ }))
    await user.type(screen.getByRole('textbox', { name: /Title/ }), ' draft')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('form')).toBeNull()
    expect(onedit).not.toHaveBeenCalled()
    expect(screen.getByRole('link', { name: 'Analyst or manager' })).toBeInTheDocument()
  })
})
