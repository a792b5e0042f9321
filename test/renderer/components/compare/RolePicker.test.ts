import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import RolePicker from '../../../../src/renderer/src/components/compare/RolePicker.svelte'

const options = [
  { id: 'analyst', name: 'Data Analyst' },
  { id: 'manager', name: 'Data Manager' },
]

describe('RolePicker', () => {
  it('offers the roles under its label, and waits for a choice before its button works', () => {
    render(RolePicker, { label: 'Add a role', submitLabel: 'Add', options, onpick: vi.fn() })
    const select = screen.getByRole('combobox', { name: 'Add a role' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a role…', 'Data Analyst', 'Data Manager'])
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled()
  })

  it('says there are no more roles when every role is in use', () => {
    render(RolePicker, { label: 'Add a role', submitLabel: 'Add', options: [], onpick: vi.fn() })
    const select = screen.getByRole('combobox', { name: 'Add a role' })
    expect(select).toBeDisabled()
    expect(within(select).getByRole('option')).toHaveTextContent('No more roles')
  })
})
