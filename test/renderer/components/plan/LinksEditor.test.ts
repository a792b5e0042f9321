import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import LinksEditor from '../../../../src/renderer/src/components/plan/LinksEditor.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { ProgressLink } from '@shared/domain/progress/types'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../../fake-api'

const course: ProgressLink = { url: 'https://example.org/sql-course', label: 'SQL course' }
const bare: ProgressLink = { url: 'https://example.org/notes', label: '' }

function renderEditor(
  links: ProgressLink[],
  options: { disabled?: boolean; onchange?: (links: ProgressLink[]) => Promise<void> } = {},
) {
  const onchange = vi.fn(options.onchange ?? (() => Promise.resolve()))
  render(LinksEditor, {
    itemLabel: 'SQL',
    links,
    disabled: options.disabled ?? false,
    onchange,
  })
  return onchange
}

function addForm(): HTMLElement {
  return screen.getByRole('form', { name: 'Add a link to SQL' })
}

describe('LinksEditor', () => {
  it('lists the links by label, or by address when they have none', () => {
    renderEditor([course, bare])
    const list = screen.getByRole('list', { name: 'Links for SQL' })
    expect(within(list).getAllByRole('button', { name: /^(SQL course|https:)/ })).toHaveLength(2)
    expect(within(list).getByRole('button', { name: 'https://example.org/notes' })).toBeVisible()
  })

  it('opens a link through main, in the system browser', async () => {
    const opened: unknown[] = []
    installFakeApi({ 'links:openExternal': (input) => void opened.push(input) })
    renderEditor([course])
    await userEvent.click(screen.getByRole('button', { name: 'SQL course' }))
    expect(opened).toEqual([{ url: 'https://example.org/sql-course' }])
  })

  it('says why main would not open a link', async () => {
    installFakeApi({
      'links:openExternal': () => {
        throw new AppError('rejected-url', 'That address is not allowed.')
      },
    })
    renderEditor([course])
    await userEvent.click(screen.getByRole('button', { name: 'SQL course' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('That address is not allowed.')
  })

  it('adds a link with its label, and empties the form for the next', async () => {
    const onchange = renderEditor([course])
    const form = within(addForm())
    await userEvent.type(form.getByRole('textbox', { name: 'Link' }), '  https://example.org/b ')
    await userEvent.type(form.getByRole('textbox', { name: /Label/ }), ' Book ')
    await userEvent.click(form.getByRole('button', { name: 'Add link' }))
    expect(onchange).toHaveBeenCalledWith([course, { url: 'https://example.org/b', label: 'Book' }])
    expect(form.getByRole('textbox', { name: 'Link' })).toHaveValue('')
    expect(form.getByRole('textbox', { name: /Label/ })).toHaveValue('')
  })

  it('cannot add an empty link', () => {
    renderEditor([])
    expect(within(addForm()).getByRole('button', { name: 'Add link' })).toBeDisabled()
  })

  it('refuses an address that is not secure, without saving', async () => {
    const onchange = renderEditor([])
    const form = within(addForm())
    await userEvent.type(form.getByRole('textbox', { name: 'Link' }), 'http://example.org')
    await userEvent.click(form.getByRole('button', { name: 'Add link' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Only secure web links, starting with https://, can be saved or opened.',
    )
    expect(onchange).not.toHaveBeenCalled()
  })

  it('keeps what was typed when saving fails, with main’s reason', async () => {
    renderEditor([], {
      onchange: () => Promise.reject(new ApiError('invalid-input', 'A plan item holds 20 links.')),
    })
    const form = within(addForm())
    await userEvent.type(form.getByRole('textbox', { name: 'Link' }), 'https://example.org/c')
    await userEvent.click(form.getByRole('button', { name: 'Add link' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('A plan item holds 20 links.')
    expect(form.getByRole('textbox', { name: 'Link' })).toHaveValue('https://example.org/c')
  })

  it('removes the link asked for, named by its label', async () => {
    const onchange = renderEditor([course, bare])
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove link https://example.org/notes' }),
    )
    expect(onchange).toHaveBeenCalledWith([course])
  })

  it('shows the links but no way to change them when read-only', () => {
    renderEditor([course], { disabled: true })
    expect(screen.getByRole('button', { name: 'SQL course' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Remove link/ })).toBeNull()
    expect(screen.queryByRole('form')).toBeNull()
  })
})
