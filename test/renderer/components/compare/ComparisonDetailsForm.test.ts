import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import ComparisonDetailsForm from '../../../../src/renderer/src/components/compare/ComparisonDetailsForm.svelte'
import { COMPARISON_TITLE_MAX } from '@shared/domain/comparison-limits'

function renderForm(title: string) {
  return render(ComparisonDetailsForm, {
    initial: { title, notes: '', tags: [] },
    legend: 'Save comparison',
    submitLabel: 'Save',
    onsubmit: vi.fn(() => Promise.resolve()),
    oncancel: vi.fn(),
  })
}

describe('ComparisonDetailsForm', () => {
  it('stops the title at its limit and says how much is left before the limit is reached', async () => {
    renderForm('x'.repeat(COMPARISON_TITLE_MAX - 10))
    const title = screen.getByLabelText('Title')
    expect(title).toHaveAttribute('maxlength', String(COMPARISON_TITLE_MAX))
    expect(screen.getByText(`10 of ${COMPARISON_TITLE_MAX} characters left`)).toBeInTheDocument()
    await userEvent.type(title, 'y'.repeat(20))
    expect((title as HTMLInputElement).value).toHaveLength(COMPARISON_TITLE_MAX)
    expect(screen.getByText(`0 of ${COMPARISON_TITLE_MAX} characters left`)).toBeInTheDocument()
  })

  it('shows no count while a short title is far from its limit', () => {
    renderForm('AI Programmer vs Data Manager')
    expect(screen.queryByText(/characters left/)).not.toBeInTheDocument()
  })
})
