import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import PlanItemRow from '../../../../src/renderer/src/components/plan/PlanItemRow.svelte'
import { EMPTY_PROGRESS } from '@shared/domain/progress/types'
import type { PlanItemDetail } from '@shared/domain/progress/views'
import { installFakeApi } from '../../fake-api'

const python: PlanItemDetail = {
  key: 'skill:python',
  label: 'Python',
  group: 'skills',
  state: {
    ...EMPTY_PROGRESS,
    status: 'learning',
    level: 2,
    notes: 'Read **chapter 3**. <script>alert(1)</script>\n- [Docs](https://docs.python.org/3/)',
    links: [{ url: 'https://realpython.com/', label: 'Real Python' }],
  },
  updatedAt: '2026-11-20T10:00:00.000Z',
  alsoIn: ['ML Engineer plan'],
}

function renderRow(item: PlanItemDetail, readOnly = false) {
  const onchange = vi.fn(async () => undefined)
  const onmove = vi.fn()
  const onremove = vi.fn()
  const onrename = vi.fn(async () => undefined)
  render(PlanItemRow, {
    item,
    isFirst: true,
    isLast: false,
    readOnly,
    onchange,
    onmove,
    onremove,
    onrename,
  })
  return { onchange, onmove, onremove, onrename }
}

describe('PlanItemRow', () => {
  it('changes status with the keyboard and names the other plans the item is in', async () => {
    const { onchange } = renderRow(python)
    const status = screen.getByRole('radiogroup', { name: 'Status of Python' })
    expect(within(status).getByRole('radio', { name: 'Learning' })).toBeChecked()
    within(status).getByRole('radio', { name: 'Learning' }).focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(onchange).toHaveBeenCalledWith({ status: 'done' })
    expect(screen.getByText('Also in ML Engineer plan')).toBeInTheDocument()
  })

  it('sets a proficiency level for skills and tools only', async () => {
    const { onchange } = renderRow(python)
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Proficiency in Python' }),
      '3 · Practiced',
    )
    expect(onchange).toHaveBeenCalledWith({ level: 3 })
    const tip = {
      ...python,
      key: 'tip:build-portfolio' as const,
      label: 'Build a portfolio',
      group: 'tips' as const,
    }
    render(PlanItemRow, {
      item: tip,
      isFirst: false,
      isLast: true,
      readOnly: false,
      onchange: vi.fn(async () => undefined),
      onmove: vi.fn(),
      onremove: vi.fn(),
      onrename: vi.fn(async () => undefined),
    })
    expect(screen.queryByRole('combobox', { name: 'Proficiency in Build a portfolio' })).toBeNull()
  })

  it('renders notes as safe Markdown: marks and https links, never raw HTML', async () => {
    installFakeApi({ 'links:openExternal': () => undefined })
    renderRow(python)
    await userEvent.click(screen.getByRole('button', { name: 'Notes and links for Python' }))
    expect(screen.getByText('chapter 3').tagName).toBe('STRONG')
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument()
    expect(document.querySelector('script')).toBeNull()
    expect(screen.getByRole('link', { name: 'Docs' })).toHaveAttribute(
      'href',
      'https://docs.python.org/3/',
    )
  })

  it('refuses a link that is not https, with a clear message', async () => {
    const { onchange } = renderRow(python)
    await userEvent.click(screen.getByRole('button', { name: 'Notes and links for Python' }))
    const form = screen.getByRole('form', { name: 'Add a link to Python' })
    await userEvent.type(within(form).getByLabelText('Link'), 'javascript:alert(1)')
    await userEvent.click(within(form).getByRole('button', { name: 'Add link' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Only secure web links, starting with https://, can be saved or opened.',
    )
    expect(onchange).not.toHaveBeenCalled()
  })

  it('shows the past read-only in the "as of" view', () => {
    renderRow(python, true)
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Remove Python' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Move Python up' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Move Python down' })).toBeNull()
  })

  it('offers moving, removing and renaming again when back from the past', async () => {
    const custom: PlanItemDetail = {
      ...python,
      key: 'custom:x',
      label: 'Own item',
      group: 'custom',
    }
    const props = {
      item: custom,
      isFirst: false,
      isLast: false,
      onchange: vi.fn(async () => undefined),
      onmove: vi.fn(),
      onremove: vi.fn(),
      onrename: vi.fn(async () => undefined),
    }
    const view = render(PlanItemRow, { ...props, readOnly: true })
    const actions = ['Move Own item up', 'Move Own item down', 'Edit the text of Own item']
    for (const name of [...actions, 'Remove Own item']) {
      expect(screen.queryByRole('button', { name })).toBeNull()
    }
    await view.rerender({ ...props, readOnly: false })
    for (const name of actions) expect(screen.getByRole('button', { name })).toBeEnabled()
    await userEvent.click(screen.getByRole('button', { name: 'Remove Own item' }))
    expect(props.onremove).toHaveBeenCalled()
  })

  // The count is drawn by CSS from the attribute (`content: attr(data-count)`), so the
  // attribute is what the user sees beside the notes button.
  it('counts the notes and links beside the notes button, and shows no count without any', async () => {
    const props = {
      isFirst: false,
      isLast: false,
      readOnly: false,
      onchange: vi.fn(async () => undefined),
      onmove: vi.fn(),
      onremove: vi.fn(),
      onrename: vi.fn(async () => undefined),
    }
    const view = render(PlanItemRow, { ...props, item: python })
    const notes = screen.getByRole('button', { name: 'Notes and links for Python' })
    expect(notes).toHaveAttribute('data-count', '2')
    const bare = { ...python, state: { ...python.state, notes: '', links: [] } }
    await view.rerender({ ...props, item: bare })
    expect(notes).not.toHaveAttribute('data-count')
  })

  it('offers renaming for the user’s own items only', () => {
    renderRow(python)
    expect(screen.queryByRole('button', { name: 'Edit the text of Python' })).toBeNull()
    expect(screen.getByText('Python')).toBeInTheDocument()
  })

  it('moves and removes from the keyboard', async () => {
    const { onmove, onremove } = renderRow(python)
    expect(screen.getByRole('button', { name: 'Move Python up' })).toBeDisabled()
    await userEvent.click(screen.getByRole('button', { name: 'Move Python down' }))
    expect(onmove).toHaveBeenCalledWith(1)
    await userEvent.click(screen.getByRole('button', { name: 'Remove Python' }))
    expect(onremove).toHaveBeenCalled()
  })

  it('closes the notes editor and the rename form on Escape, focus back on their buttons', async () => {
    const custom: PlanItemDetail = {
      ...python,
      key: 'custom:x',
      label: 'Own item',
      group: 'custom',
    }
    const { onrename } = renderRow(custom)
    await userEvent.click(screen.getByRole('button', { name: 'Edit the text of Own item' }))
    expect(screen.getByRole('textbox', { name: 'New text for Own item' })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('textbox', { name: 'New text for Own item' })).toBeNull()
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit the text of Own item' })).toHaveFocus(),
    )
    expect(onrename).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'Notes and links for Own item' }))
    await userEvent.click(screen.getByRole('button', { name: 'Edit notes for Own item' }))
    await userEvent.click(screen.getByRole('textbox', { name: /Notes/ }))
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('textbox', { name: /Notes/ })).toBeNull()
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit notes for Own item' })).toHaveFocus(),
    )
  })
})
