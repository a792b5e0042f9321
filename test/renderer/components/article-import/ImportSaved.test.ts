import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import ImportSaved from '../../../../src/renderer/src/components/article-import/ImportSaved.svelte'
import type { ImportResult } from '@shared/domain/article-import/types'

const result: ImportResult = {
  articleId: 'article-1',
  undoId: 'undo-1',
  roles: [
    { id: 'prompt-engineer', name: 'Prompt Engineer', action: 'new', added: 1, duplicates: 0 },
    { id: 'data-manager', name: 'Data Manager', action: 'merge', added: 4, duplicates: 1 },
  ],
}

function renderSaved(undoing = false) {
  const onundo = vi.fn()
  const onanother = vi.fn()
  render(ImportSaved, { result, undoing, onundo, onanother })
  return { onundo, onanother }
}

describe('ImportSaved', () => {
  it('announces the save by taking focus on its heading', () => {
    renderSaved()
    expect(screen.getByRole('heading', { name: 'Import saved' })).toHaveFocus()
  })

  it('links each role with what the import did to it', () => {
    renderSaved()
    const items = within(screen.getByRole('region', { name: 'Import saved' })).getAllByRole(
      'listitem',
    )
    expect(
      within(items[0] as HTMLElement).getByRole('link', { name: 'Prompt Engineer' }),
    ).toHaveAttribute('href', '#/roles/prompt-engineer')
    expect(items[0]).toHaveTextContent('New role, 1 item added.')
    expect(items[1]).toHaveTextContent(
      'Merged: 4 items added; 1 was already there and now cites this article too.',
    )
  })

  it('speaks of several items already there in the plural', () => {
    render(ImportSaved, {
      result: { ...result, roles: [result.roles[0], { ...result.roles[1], duplicates: 3 }] },
      undoing: false,
      onundo: vi.fn(),
      onanother: vi.fn(),
    })
    expect(
      screen.getByText(
        'Merged: 4 items added; 3 were already there and now cite this article too.',
      ),
    ).toBeInTheDocument()
  })

  it('offers to compare the two roles', () => {
    renderSaved()
    expect(
      screen.getByRole('link', { name: 'Compare Prompt Engineer and Data Manager' }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/compare\?roles=prompt-engineer.+data-manager$/),
    )
  })

  it('undoes the import, once', async () => {
    const { onundo } = renderSaved()
    await userEvent.click(screen.getByRole('button', { name: 'Undo import' }))
    expect(onundo).toHaveBeenCalledOnce()
  })

  it('shows the undo running and takes no second one', () => {
    renderSaved(true)
    expect(screen.getByRole('button', { name: 'Undoing…' })).toBeDisabled()
  })

  it('starts another import', async () => {
    const { onanother } = renderSaved()
    await userEvent.click(screen.getByRole('button', { name: 'Import another article' }))
    expect(onanother).toHaveBeenCalledOnce()
  })
})
