import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import ArticleInput from '../../../../src/renderer/src/components/article-import/ArticleInput.svelte'

function renderInput(
  busy: 'preview' | 'open' | null = null,
  error: string | null = null,
): { onpreview: ReturnType<typeof vi.fn>; onopen: ReturnType<typeof vi.fn> } {
  const onpreview = vi.fn()
  const onopen = vi.fn()
  render(ArticleInput, { text: '', busy, error, onpreview, onopen })
  return { onpreview, onopen }
}

describe('ArticleInput', () => {
  it('takes the article in a labelled box that explains what is accepted', () => {
    renderInput()
    const box = screen.getByRole('textbox', { name: 'Article text' })
    expect(box).toHaveAccessibleDescription(
      /open a \.txt, \.md or \.html file of it \(up to 2 MB\)/,
    )
    expect(box).toHaveAttribute('aria-invalid', 'false')
  })

  it('previews on submit and opens a file on its own button', async () => {
    const { onpreview, onopen } = renderInput()
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }))
    await userEvent.click(screen.getByRole('button', { name: 'Open file…' }))
    expect(onpreview).toHaveBeenCalledOnce()
    expect(onopen).toHaveBeenCalledOnce()
  })

  it('says what it is doing, and takes no second request meanwhile', () => {
    renderInput('preview')
    expect(screen.getByRole('button', { name: 'Reading the article…' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Open file…' })).toBeDisabled()
  })

  it('shows that a file is being opened', () => {
    renderInput('open')
    expect(screen.getByRole('button', { name: 'Opening…' })).toBeDisabled()
  })

  it('ties an error to the box, so a screen reader hears it with the field', () => {
    renderInput(null, 'This does not look like a role comparison.')
    const box = screen.getByRole('textbox', { name: 'Article text' })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This does not look like a role comparison.',
    )
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(box).toHaveAccessibleDescription(/This does not look like a role comparison\./)
  })
})
