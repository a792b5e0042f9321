import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import PlanHeader from '../../../../src/renderer/src/components/plan/PlanHeader.svelte'

const plan = {
  id: 'plan-1',
  title: 'Evening study',
  sourceLabel: 'For Data Analyst',
  archived: false,
}

function handlers() {
  return {
    onrename: vi.fn(async () => undefined),
    onarchive: vi.fn(),
    onreset: vi.fn(),
    ondelete: vi.fn(),
  }
}

describe('PlanHeader', () => {
  it('renames from a form that starts with the current title and closes once saved', async () => {
    const on = handlers()
    render(PlanHeader, { plan, readOnly: false, ...on })
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }))
    const field = screen.getByRole('textbox', { name: 'Title' })
    expect(field).toHaveValue('Evening study')
    await userEvent.clear(field)
    await userEvent.type(field, 'Weekend study{Enter}')
    expect(on.onrename).toHaveBeenCalledWith('Weekend study')
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Evening study')
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument()
  })

  it('offers archive, reset and delete, and unarchive for an archived plan', async () => {
    const on = handlers()
    const { rerender } = render(PlanHeader, { plan, readOnly: false, ...on })
    await userEvent.click(screen.getByRole('button', { name: 'Archive' }))
    await userEvent.click(screen.getByRole('button', { name: 'Reset progress' }))
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }))
    expect(on.onarchive).toHaveBeenCalledOnce()
    expect(on.onreset).toHaveBeenCalledOnce()
    expect(on.ondelete).toHaveBeenCalledOnce()
    await rerender({ plan: { ...plan, archived: true } })
    expect(screen.getByRole('button', { name: 'Unarchive' })).toBeInTheDocument()
    expect(screen.getByText(/· archived/)).toBeInTheDocument()
  })

  it('shows no actions for a past view, which cannot be changed', () => {
    render(PlanHeader, { plan, readOnly: true, ...handlers() })
    expect(screen.getByRole('heading', { level: 1, name: 'Evening study' })).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('closes the rename form on Escape and gives focus back to Rename', async () => {
    const on = handlers()
    render(PlanHeader, { plan, readOnly: false, ...on })
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }))
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument()
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus())
    expect(on.onrename).not.toHaveBeenCalled()
  })

  it('does not print the title twice for a plan titled after its move', () => {
    const move = 'From Data Manager to AI Programmer'
    render(PlanHeader, {
      plan: { ...plan, title: move, sourceLabel: move, archived: true },
      readOnly: false,
      ...handlers(),
    })
    expect(screen.getAllByText(new RegExp(move))).toHaveLength(1)
    expect(screen.getByText('archived')).toBeInTheDocument()
  })

  it('puts a space on both sides of the dot between source and archived', () => {
    render(PlanHeader, {
      plan: { ...plan, archived: true },
      readOnly: false,
      ...handlers(),
    })
    expect(screen.getByText('For Data Analyst · archived')).toBeInTheDocument()
  })
})
