import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import Blocks from './fixtures.svelte'

describe('the building blocks', () => {
  it('give a page one title, a lede and a breadcrumb trail ending at the page itself', () => {
    render(Blocks, { onpress: vi.fn() })
    expect(screen.getByRole('heading', { level: 1, name: 'Learning plans' })).toBeInTheDocument()
    expect(screen.getByText('Plans of tips, skills and tools.')).toBeInTheDocument()
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(trail).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '#/library')
    expect(within(trail).getByText('Learning plans')).toHaveAttribute('aria-current', 'page')
  })

  it('make a button of a button and a link of a link', async () => {
    const onpress = vi.fn()
    render(Blocks, { onpress })
    const create = screen.getByRole('button', { name: 'Create plan' })
    expect(create).toHaveAttribute('type', 'button')
    await userEvent.click(create)
    expect(onpress).toHaveBeenCalledOnce()
    expect(screen.getByRole('link', { name: 'About' })).toHaveAttribute('href', '#/about')
  })

  it('pass a card its element, class and attributes', () => {
    render(Blocks, { onpress: vi.fn() })
    const card = screen.getByRole('region', { name: 'A card' })
    expect(card.tagName).toBe('SECTION')
    expect(card).toHaveClass('extra')
    expect(card).toHaveAttribute('data-testid', 'card')
    expect(within(card).getByRole('link', { name: 'SQL' })).toHaveAttribute(
      'href',
      '#/library?q=sql',
    )
  })

  it("name a field's control by its label alone, and count down near the limit", async () => {
    render(Blocks, { onpress: vi.fn() })
    const field = screen.getByRole('textbox', { name: 'Title' })
    await userEvent.type(field, 'abcde')
    expect(screen.queryByText(/characters left/)).toBeNull()
    await userEvent.type(field, 'f')
    expect(screen.getByText('2 of 8 characters left')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Title' })).toBe(field)
  })

  it('say an empty state with what to do, and a way out', () => {
    render(Blocks, { onpress: vi.fn() })
    const empty = screen.getByText('No plans yet').parentElement
    if (!empty) throw new Error('the empty state has a container')
    expect(empty).toHaveTextContent('Pick a role to start one.')
    expect(within(empty).getByRole('button', { name: 'Start' })).toBeInTheDocument()
  })

  it('give a table a caption for screen readers and row headers', () => {
    render(Blocks, { onpress: vi.fn() })
    const table = screen.getByRole('table', { name: 'Counts by kind' })
    expect(within(table).getByRole('rowheader', { name: 'Plans' })).toBeInTheDocument()
    expect(within(table).getByRole('cell', { name: '3' })).toBeInTheDocument()
  })
})
