import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import AsOfPicker from '../../../../src/renderer/src/components/progress/AsOfPicker.svelte'
import { todayIso } from '../../../../src/renderer/src/lib/dates'

function dateInput(): HTMLInputElement {
  // The label also holds the day as shown, hidden from screen readers.
  return screen.getByLabelText(/^Show as of/) as HTMLInputElement
}

describe('AsOfPicker', () => {
  it('reads "Today" when no day is chosen', () => {
    render(AsOfPicker, { asOf: undefined, onchange: vi.fn() })
    expect(screen.getByText('Today')).toBeInTheDocument()
    expect(dateInput()).toHaveValue('')
  })

  it('writes a chosen day as the app writes dates', () => {
    render(AsOfPicker, { asOf: '2026-06-05', onchange: vi.fn() })
    expect(screen.getByText('5 Jun 2026')).toBeInTheDocument()
    expect(dateInput()).toHaveValue('2026-06-05')
  })

  it('offers no day after today', () => {
    render(AsOfPicker, { asOf: undefined, onchange: vi.fn() })
    expect(dateInput()).toHaveAttribute('max', todayIso())
  })

  it('sends the day picked, and a cleared day as today', async () => {
    const onchange = vi.fn()
    render(AsOfPicker, { asOf: '2026-06-05', onchange })
    dateInput().value = '2026-05-01'
    await fireEvent.change(dateInput())
    expect(onchange).toHaveBeenLastCalledWith('2026-05-01')
    dateInput().value = ''
    await fireEvent.change(dateInput())
    expect(onchange).toHaveBeenLastCalledWith(undefined)
  })
})
