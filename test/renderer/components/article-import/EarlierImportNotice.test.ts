import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import EarlierImportNotice from '../../../../src/renderer/src/components/article-import/EarlierImportNotice.svelte'
import type { EarlierImport } from '@shared/domain/article-import/types'

const earlier: EarlierImport = {
  articleId: 'article-1',
  title: 'Prompt Engineer vs. Data Manager',
  builtIn: false,
  importedAt: '2026-12-03T10:00:00.000Z',
  sameText: true,
  roleIds: ['prompt-engineer', 'data-manager'],
}

describe('EarlierImportNotice', () => {
  it('says the user imported this article before, and when', () => {
    render(EarlierImportNotice, { earlier, update: false })
    expect(
      screen.getByRole('heading', { name: 'You imported this article on 3 Dec 2026' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('This text differs from it in places.')).toBeNull()
  })

  it('says when only the title is the same', () => {
    render(EarlierImportNotice, { earlier: { ...earlier, sameText: false }, update: false })
    expect(
      screen.getByRole('heading', { name: /You imported an article with this title/ }),
    ).toBeInTheDocument()
    expect(screen.getByText('This text differs from it in places.')).toBeInTheDocument()
  })

  it('offers to update that import, ticked as asked', () => {
    render(EarlierImportNotice, { earlier, update: true })
    expect(
      screen.getByRole('checkbox', {
        name: 'Update that import: take back what it added, then save this version',
      }),
    ).toBeChecked()
  })

  it('explains a built-in article, with nothing to update', () => {
    render(EarlierImportNotice, {
      earlier: { ...earlier, builtIn: true, importedAt: null },
      update: false,
    })
    expect(screen.getByRole('heading', { name: 'Built-in article' })).toBeInTheDocument()
    expect(
      screen.getByText(/The built-in roles were written from “Prompt Engineer vs\. Data Manager”/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })
})
