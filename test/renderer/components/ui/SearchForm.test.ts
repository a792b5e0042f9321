import { fireEvent, render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import SearchForm from '../../../../src/renderer/src/components/ui/SearchForm.svelte'

describe('SearchForm', () => {
  it('is a search landmark whose box is named by its label and shows the current text', () => {
    render(SearchForm, {
      label: 'Search skills and tools',
      placeholder: 'e.g. Python',
      value: 'sql',
      oninput: vi.fn(),
    })
    expect(screen.getByRole('search')).toBeInTheDocument()
    const box = screen.getByRole('searchbox', { name: 'Search skills and tools' })
    expect(box).toHaveValue('sql')
    expect(box).toHaveAttribute('placeholder', 'e.g. Python')
  })

  it('hands on the text at each keystroke', async () => {
    const oninput = vi.fn()
    render(SearchForm, { label: 'Search', placeholder: '', value: '', oninput })
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'py')
    expect(oninput).toHaveBeenLastCalledWith('py')
  })

  it('keeps the page when Enter submits the form', () => {
    render(SearchForm, { label: 'Search', placeholder: '', value: '', oninput: vi.fn() })
    const submit = new Event('submit', { cancelable: true, bubbles: true })
    void fireEvent(screen.getByRole('search'), submit)
    expect(submit.defaultPrevented).toBe(true)
  })
})
