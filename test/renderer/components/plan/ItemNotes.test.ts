import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import ItemNotes from '../../../../src/renderer/src/components/plan/ItemNotes.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { NOTES_MAX } from '@shared/domain/progress/limits'

function renderNotes(
  notes: string,
  options: { disabled?: boolean; onsave?: (notes: string) => Promise<void> } = {},
) {
  const onsave = vi.fn(options.onsave ?? (() => Promise.resolve()))
  const view = render(ItemNotes, {
    itemLabel: 'SQL',
    notes,
    disabled: options.disabled ?? false,
    onsave,
  })
  return { onsave, view }
}

describe('ItemNotes', () => {
  it('says there are no notes yet, and offers to add some', () => {
    renderNotes('')
    expect(screen.getByText('No notes yet.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Add notes for SQL' })).toBeInTheDocument()
  })

  it('shows saved notes with their formatting', () => {
    renderNotes('Practise **joins** daily.\n\n- window functions\n- CTEs')
    expect(screen.getByText('joins').tagName).toBe('STRONG')
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'window functions',
      'CTEs',
    ])
    expect(screen.getByRole('button', { name: 'Edit notes for SQL' })).toBeInTheDocument()
  })

  it('edits the notes in a form that starts from what is saved', async () => {
    const user = userEvent.setup()
    const { onsave } = renderNotes('Old note')
    await user.click(screen.getByRole('button', { name: 'Edit notes for SQL' }))
    const form = screen.getByRole('form', { name: 'Notes for SQL' })
    const box = within(form).getByRole('textbox', { name: /Notes/ })
    expect(box).toHaveValue('Old note')
    await user.clear(box)
    await user.type(box, 'New note')
    await user.click(within(form).getByRole('button', { name: 'Save notes' }))
    expect(onsave).toHaveBeenCalledWith('New note')
    expect(screen.queryByRole('form')).toBeNull()
  })

  it('drops the draft on Escape and gives focus back to the button', async () => {
    const user = userEvent.setup()
    const { onsave } = renderNotes('Kept')
    await user.click(screen.getByRole('button', { name: 'Edit notes for SQL' }))
    await user.type(screen.getByRole('textbox', { name: /Notes/ }), ' and a draft')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('form')).toBeNull()
    expect(onsave).not.toHaveBeenCalled()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit notes for SQL' })).toHaveFocus(),
    )
    await user.click(screen.getByRole('button', { name: 'Edit notes for SQL' }))
    expect(screen.getByRole('textbox', { name: /Notes/ })).toHaveValue('Kept')
  })

  it('refuses notes over the limit, and says by how much', async () => {
    const user = userEvent.setup()
    const { onsave } = renderNotes('x'.repeat(NOTES_MAX))
    await user.click(screen.getByRole('button', { name: 'Edit notes for SQL' }))
    await user.type(screen.getByRole('textbox', { name: /Notes/ }), 'y')
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Keep notes under ${NOTES_MAX.toLocaleString('en')} characters (these have ${(NOTES_MAX + 1).toLocaleString('en')}).`,
    )
    expect(screen.getByRole('textbox', { name: /Notes/ })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('button', { name: 'Save notes' })).toBeDisabled()
    expect(onsave).not.toHaveBeenCalled()
  })

  it('keeps the form open with main’s words when saving fails', async () => {
    const user = userEvent.setup()
    renderNotes('', {
      onsave: () => Promise.reject(new ApiError('not-found', 'This item was removed.')),
    })
    await user.click(screen.getByRole('button', { name: 'Add notes for SQL' }))
    await user.type(screen.getByRole('textbox', { name: /Notes/ }), 'Something')
    await user.click(screen.getByRole('button', { name: 'Save notes' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This item was removed.')
    expect(screen.getByRole('textbox', { name: /Notes/ })).toHaveValue('Something')
  })

  it('shows notes but no way to edit them when read-only', () => {
    renderNotes('A note', { disabled: true })
    expect(screen.getByText('A note')).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })
})
