import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import ToastRegion from '../../../src/renderer/src/components/app/ToastRegion.svelte'
import ArticleImportView from '../../../src/renderer/src/views/ArticleImportView.svelte'
import type { ImportDecision, ImportResult } from '@shared/domain/article-import/types'
import { AppError } from '@shared/ipc/result'
import { importPreview as preview } from '../import-fixture'
import { installFakeApi } from '../fake-api'

const ARTICLE_TEXT = 'Data Manager vs. Insight Engineer: A Comprehensive Comparison …'

function savedResult(roles: [ImportDecision, ImportDecision]): ImportResult {
  const [first, second] = roles.map((decision) =>
    decision.action === 'merge'
      ? {
          id: decision.roleId,
          name: 'Data Manager',
          action: 'merge' as const,
          added: 2,
          duplicates: 1,
        }
      : {
          id: 'forecast-engineer',
          name: decision.name,
          action: 'new' as const,
          added: 4,
          duplicates: 0,
        },
  )
  if (!first || !second) throw new Error('two decisions expected')
  return { articleId: 'a', roles: [first, second], undoId: 'u1' }
}

function fakeImport(): { saved: [ImportDecision, ImportDecision][]; undone: string[] } {
  const calls = { saved: [] as [ImportDecision, ImportDecision][], undone: [] as string[] }
  installFakeApi({
    'articleImport:preview': ({ text }) => {
      if (text.trim() === '')
        throw new AppError('invalid-input', 'Paste an article first: the text is empty.')
      return preview
    },
    'articleImport:openFile': () => ({
      opened: true,
      fileName: 'article.html',
      text: ARTICLE_TEXT,
    }),
    'articleImport:save': ({ roles }) => {
      calls.saved.push(roles)
      return savedResult(roles)
    },
    'articleImport:undo': ({ undoId }) => {
      calls.undone.push(undoId)
    },
    'articleImport:articles': () => [],
  })
  return calls
}

async function openPreview(): Promise<void> {
  await userEvent.type(screen.getByLabelText('Article text'), ARTICLE_TEXT)
  await userEvent.click(screen.getByRole('button', { name: 'Preview' }))
  await screen.findByRole('heading', { name: 'Preview' })
}

describe('ArticleImportView', () => {
  it('says exactly why a text cannot be previewed', async () => {
    fakeImport()
    render(ArticleImportView)
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Paste an article first: the text is empty.',
    )
    expect(screen.getByLabelText('Article text')).toHaveAttribute('aria-invalid', 'true')
  })

  it('fills the text from an opened file', async () => {
    fakeImport()
    render(ToastRegion)
    render(ArticleImportView)
    await userEvent.click(screen.getByRole('button', { name: 'Open file…' }))
    await waitFor(() => expect(screen.getByLabelText('Article text')).toHaveValue(ARTICLE_TEXT))
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Read “article.html”.',
    )
  })

  it('previews both roles with their sections, linked entities, shared sections, figures, listings and warnings', async () => {
    fakeImport()
    render(ArticleImportView)
    await openPreview()
    expect(screen.getByRole('heading', { name: 'Preview' })).toHaveFocus()
    const dataManager = screen.getByRole('region', { name: 'Data Manager' })
    const skills = within(dataManager).getByRole('list', {
      name: 'Required skills of Data Manager',
    })
    expect(skills).toHaveTextContent('Strong SQL skills')
    expect(within(skills).getByRole('list', { name: 'Linked' })).toHaveTextContent('SQL')
    const tools = within(dataManager).getByRole('list', {
      name: 'Tools and software of Data Manager',
    })
    expect(tools).toHaveTextContent('Data Catalogues: Collibra for finding data')
    expect(within(tools).getByText('Data Catalogues:').tagName).toBe('STRONG')

    const insight = screen.getByRole('region', { name: 'Insight Engineer' })
    expect(within(insight).getByRole('radio', { name: 'Save as new role' })).toBeChecked()
    expect(
      within(dataManager).getByRole('radio', { name: 'Merge into existing role' }),
    ).toBeChecked()
    expect(within(dataManager).getByLabelText('Role to merge Data Manager into')).toHaveValue(
      'data-manager',
    )

    expect(screen.getByRole('region', { name: 'Shared by both roles' })).toHaveTextContent(
      'Start a portfolio project',
    )
    const figures = screen.getByRole('region', { name: 'Outlook figures (1)' })
    expect(
      within(figures).getByRole('row', { name: /Projected employment growth/ }),
    ).toHaveTextContent('8%Both roles2022–2032U.S. Bureau of Labor Statistics')
    const listings = screen.getByRole('region', { name: 'Featured job listings (1)' })
    expect(listings).toHaveTextContent(
      'Northwind Data · Remote · Full Time · Mid level · $95,000 – $125,000',
    )
    expect(listings).toHaveTextContent('Implausible salary “USD 1111111K”.')
    expect(screen.getByRole('region', { name: 'Warnings (1)' })).toHaveTextContent(
      'No definition was found for Insight Engineer.',
    )
  })

  it('saves a merge and a renamed new role, links to both and to their comparison, and undoes', async () => {
    const calls = fakeImport()
    render(ToastRegion)
    render(ArticleImportView)
    await openPreview()
    const insight = screen.getByRole('region', { name: 'Insight Engineer' })
    const name = within(insight).getByLabelText('Name of the new role')
    await userEvent.clear(name)
    await userEvent.type(name, 'Forecast Engineer')
    await userEvent.click(screen.getByRole('button', { name: 'Confirm and save' }))

    expect(await screen.findByRole('heading', { name: 'Import saved' })).toHaveFocus()
    expect(calls.saved).toEqual([
      [
        { action: 'merge', roleId: 'data-manager' },
        { action: 'new', name: 'Forecast Engineer' },
      ],
    ])
    expect(screen.getByRole('link', { name: 'Data Manager' })).toHaveAttribute(
      'href',
      '#/roles/data-manager',
    )
    expect(screen.getByRole('link', { name: 'Forecast Engineer' })).toHaveAttribute(
      'href',
      '#/roles/forecast-engineer',
    )
    expect(
      screen.getByRole('link', { name: 'Compare Data Manager and Forecast Engineer' }),
    ).toHaveAttribute('href', '#/compare?roles=data-manager,forecast-engineer')
    expect(screen.getByText(/2 items added; 1 was already there/)).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Undo import' }))
    await waitFor(() => expect(calls.undone).toEqual(['u1']))
    expect(await screen.findByLabelText('Article text')).toHaveValue('')
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Import undone.',
    )
  })

  it('shows what merging does to each item and lets the user keep a near match apart', async () => {
    const calls = fakeImport()
    render(ArticleImportView)
    await openPreview()
    const manager = screen.getByRole('region', { name: 'Data Manager' })
    expect(within(manager).getByRole('status')).toHaveTextContent(
      '1 item is new, 1 is already there, 1 near match for you to decide.',
    )
    const skill = within(manager).getByRole('list', { name: 'Required skills of Data Manager' })
    expect(skill).toHaveTextContent('Already there as “Solid SQL for querying data.”')
    const tools = within(manager).getByRole('list', { name: 'Tools and software of Data Manager' })
    expect(tools).toHaveTextContent('Near match of “Data catalogues such as Collibra or Alation.”')
    await userEvent.click(within(tools).getByRole('checkbox', { name: 'Add as a separate item' }))
    await userEvent.click(screen.getByRole('button', { name: 'Confirm and save' }))
    await screen.findByRole('heading', { name: 'Import saved' })
    expect(calls.saved[0]?.[0]).toEqual({
      action: 'merge',
      roleId: 'data-manager',
      keepApart: { tools: [0] },
    })
  })

  it('says when the article was imported before and offers to update that import', async () => {
    installFakeApi({
      'articleImport:preview': () => ({
        ...preview,
        earlier: {
          articleId: 'data-manager-vs-insight-engineer',
          title: preview.article.title,
          builtIn: false,
          importedAt: '2026-12-03T09:30:00.000Z',
          sameText: true,
          roleIds: ['data-manager', null],
        },
      }),
    })
    render(ArticleImportView)
    await openPreview()
    expect(
      screen.getByRole('heading', { name: 'You imported this article on 3 Dec 2026' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /Update that import/ })).toBeChecked()
  })

  it('asks for what is missing instead of saving, and cancel saves nothing', async () => {
    const calls = fakeImport()
    render(ArticleImportView)
    await openPreview()
    const insight = screen.getByRole('region', { name: 'Insight Engineer' })
    await userEvent.click(within(insight).getByRole('radio', { name: 'Merge into existing role' }))
    await userEvent.click(screen.getByRole('button', { name: 'Confirm and save' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the role to merge into.')

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByLabelText('Article text')).toHaveValue(ARTICLE_TEXT)
    await waitFor(() => expect(screen.getByLabelText('Article text')).toHaveFocus())
    expect(calls.saved).toEqual([])
  })
})
