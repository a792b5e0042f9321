import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import MergeFateNote from '../../../../src/renderer/src/components/article-import/MergeFateNote.svelte'
import type { ItemFate } from '@shared/domain/article-import/merge-items'

/** A match found for an incoming item, as the merge reports it. */
function match(verdict: 'same' | 'near', matchText: string): ItemFate {
  return { verdict, matchId: 'item-1', matchText, sameArticle: false, keptApart: false }
}

describe('MergeFateNote', () => {
  it('marks an item the role lacks as new', () => {
    render(MergeFateNote, { fate: { verdict: 'new' }, kept: false })
    expect(screen.getByText('New')).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('names the item an existing one already covers', () => {
    render(MergeFateNote, {
      fate: match('same', 'Python scripting'),
      kept: false,
    })
    expect(screen.getByText('Already there')).toBeInTheDocument()
    expect(screen.getByText('as “Python scripting”')).toBeInTheDocument()
  })

  it('lets the user keep a near match as an item of its own', async () => {
    const onkeep = vi.fn()
    render(MergeFateNote, {
      fate: match('near', 'SQL queries'),
      kept: false,
      onkeep,
    })
    expect(screen.getByText('of “SQL queries”')).toBeInTheDocument()
    const keep = screen.getByRole('checkbox', { name: 'Add as a separate item' })
    expect(keep).not.toBeChecked()
    await userEvent.click(keep)
    expect(onkeep).toHaveBeenCalledWith(true)
  })

  it('shows a near match without a choice where none may be made', () => {
    render(MergeFateNote, { fate: match('near', 'SQL'), kept: true })
    expect(screen.getByText('Near match')).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })
})
