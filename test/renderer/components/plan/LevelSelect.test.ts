import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import LevelSelect from '../../../../src/renderer/src/components/plan/LevelSelect.svelte'
import { proficiencyLabels } from '@shared/domain/progress/limits'

function renderSelect(level: number | null, disabled = false) {
  const onchange = vi.fn()
  const view = render(LevelSelect, { itemLabel: 'Python', level, disabled, onchange })
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Proficiency in Python' })
  return { onchange, select, view }
}

describe('LevelSelect', () => {
  // The options are written out in the markup (see the component): this holds them to the
  // levels the domain names, so a level added there cannot be missing here.
  it('offers every proficiency level the domain names, in order', () => {
    const { select } = renderSelect(2)
    const options = within(select).getAllByRole<HTMLOptionElement>('option')
    expect(options.map((option) => option.textContent)).toEqual(
      proficiencyLabels.map((label, value) => `${value} · ${label}`),
    )
    expect(options.map((option) => option.value)).toEqual(
      proficiencyLabels.map((_, value) => String(value)),
    )
  })

  it('shows the current level, and a placeholder no one can pick while there is none', async () => {
    const { select, view } = renderSelect(null)
    expect(select.value).toBe('')
    expect(within(select).getByRole('option', { name: 'Level…' })).toBeDisabled()
    await view.rerender({ level: 3 })
    expect(select.value).toBe('3')
    expect(within(select).queryByRole('option', { name: 'Level…' })).toBeNull()
  })

  it('sends the level picked, as a number', async () => {
    const { onchange, select } = renderSelect(1)
    await userEvent.selectOptions(select, '4 · Confident')
    expect(onchange).toHaveBeenCalledWith(4)
  })

  it('cannot be changed when read-only', () => {
    const { select } = renderSelect(2, true)
    expect(select).toBeDisabled()
  })
})
