import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import StatusControl from '../../../../src/renderer/src/components/plan/StatusControl.svelte'
import type { ProgressStatus } from '@shared/domain/progress/types'

function renderControl(status: ProgressStatus, disabled = false) {
  const onchange = vi.fn()
  render(StatusControl, { name: 'status-sql', itemLabel: 'SQL', status, disabled, onchange })
  return onchange
}

describe('StatusControl', () => {
  it('offers the four statuses as one named group, with the current one chosen', () => {
    renderControl('learning')
    const group = screen.getByRole('radiogroup', { name: 'Status of SQL' })
    const radios = within(group).getAllByRole('radio')
    expect(radios.map((radio) => radio.closest('label')?.textContent?.trim())).toEqual([
      'To do',
      'Learning',
      'Done',
      'Skip',
    ])
    expect(within(group).getByRole('radio', { name: 'Learning' })).toBeChecked()
    expect(within(group).getByRole('radio', { name: 'Done' })).not.toBeChecked()
  })

  it('shows a new status when the item changes, with only that one chosen', async () => {
    const onchange = vi.fn()
    const view = render(StatusControl, {
      name: 'status-sql',
      itemLabel: 'SQL',
      status: 'todo',
      disabled: false,
      onchange,
    })
    await view.rerender({ status: 'done' })
    const done = screen.getByRole('radio', { name: 'Done' })
    expect(done).toBeChecked()
    expect(done.closest('label')).toHaveClass('checked')
    const others = screen.getAllByRole('radio').filter((radio) => radio !== done)
    for (const radio of others) {
      expect(radio).not.toBeChecked()
      expect(radio.closest('label')).not.toHaveClass('checked')
    }
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('name'))).toEqual(
      Array(4).fill('status-sql'),
    )
  })

  it('sends the status picked', async () => {
    const onchange = renderControl('todo')
    await userEvent.click(screen.getByRole('radio', { name: 'Done' }))
    expect(onchange).toHaveBeenCalledWith('done')
  })

  it('sends a status picked by its label once, and the page around the control hears nothing of it', async () => {
    const onchange = vi.fn()
    const heard: string[] = []
    const { container } = render(StatusControl, {
      name: 'status-sql',
      itemLabel: 'SQL',
      status: 'todo',
      disabled: false,
      onchange,
    })
    for (const type of ['click', 'input', 'change']) {
      container.addEventListener(type, () => heard.push(type))
    }
    await userEvent.click(screen.getByText('Learning'))
    expect(onchange).toHaveBeenCalledExactlyOnceWith('learning')
    expect(screen.getByRole('radio', { name: 'Learning' })).toBeChecked()
    expect(heard).toEqual([])
  })

  it('moves between statuses with the arrow keys, as native radios do', async () => {
    const onchange = renderControl('todo')
    screen.getByRole('radio', { name: 'To do' }).focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(onchange).toHaveBeenCalledWith('learning')
  })

  it('cannot be changed when read-only', async () => {
    const onchange = renderControl('done', true)
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled()
    await userEvent.click(screen.getByRole('radio', { name: 'Skip' }))
    expect(onchange).not.toHaveBeenCalled()
  })
})
