import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import CompareViewSwitch from '../../../../src/renderer/src/components/compare/CompareViewSwitch.svelte'

describe('CompareViewSwitch', () => {
  it('offers the grid and the full text as one named group, the current one chosen', () => {
    render(CompareViewSwitch, { view: 'text', onchange: vi.fn() })
    const group = screen.getByRole('radiogroup', { name: 'View' })
    expect(within(group).getByRole('radio', { name: 'Full text' })).toBeChecked()
    expect(within(group).getByRole('radio', { name: 'Grid' })).not.toBeChecked()
  })

  it('sends the view picked', async () => {
    const onchange = vi.fn()
    render(CompareViewSwitch, { view: 'text', onchange })
    await userEvent.click(screen.getByRole('radio', { name: 'Grid' }))
    expect(onchange).toHaveBeenCalledWith('grid')
  })
})
