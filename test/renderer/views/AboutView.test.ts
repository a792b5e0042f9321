import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { toasts } from '../../../src/renderer/src/lib/state/toasts.svelte'
import AboutView from '../../../src/renderer/src/views/AboutView.svelte'
import type { SalarySource } from '@shared/domain/salary/types'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

const status = {
  version: '1.4.0',
  dataFilePath: '/home/maria/.config/Role Atlas/role-atlas.json',
  catalogVersion: 7,
  notices: [],
}

const salarySource: SalarySource = {
  name: 'aijobs.net salary index',
  url: 'https://aijobs.net/salaries/',
  licence: 'CC0',
  snapshotDate: '2025-01-19',
  rowCount: 74_123,
}

function region(name: string): HTMLElement {
  return screen.getByRole('region', { name })
}

describe('AboutView', () => {
  it('says which version runs, where the data file is, and which catalog it holds', async () => {
    installFakeApi({ 'app:status': () => status, 'salaries:source': () => salarySource })
    render(AboutView)
    expect(screen.getByRole('heading', { level: 1, name: 'About Role Atlas' })).toBeInTheDocument()
    const data = region('Your data')
    expect(await within(data).findByText('1.4.0')).toBeInTheDocument()
    expect(within(data).getByText(status.dataFilePath)).toBeInTheDocument()
    expect(within(data).getByText('version 7')).toBeInTheDocument()
    expect(within(data).getByRole('link', { name: 'Your data' })).toHaveAttribute('href', '#/data')
  })

  it('credits the salary index with its licence, date and size', async () => {
    installFakeApi({ 'app:status': () => status, 'salaries:source': () => salarySource })
    render(AboutView)
    const credits = region('Where the content comes from')
    expect(
      await within(credits).findByText(
        /Salaries: the aijobs\.net salary index, CC0 \(public domain\), snapshot of 19 Jan 2025, 74,123 answers\./,
      ),
    ).toBeInTheDocument()
    expect(within(credits).getByRole('link', { name: 'How each source is used' })).toHaveAttribute(
      'href',
      '#/sources',
    )
  })

  it('opens the salary index’s page in the browser through main, not in the app', async () => {
    const opened: unknown[] = []
    installFakeApi({
      'app:status': () => status,
      'salaries:source': () => salarySource,
      'links:openExternal': (input) => void opened.push(input),
    })
    render(AboutView)
    await userEvent.click(await screen.findByRole('link', { name: 'aijobs.net/salaries' }))
    expect(opened).toEqual([{ url: 'https://aijobs.net/salaries/' }])
  })

  it('says why a link could not be opened', async () => {
    installFakeApi({
      'app:status': () => status,
      'salaries:source': () => salarySource,
      'links:openExternal': () => {
        throw new AppError('rejected-url', 'That address cannot be opened.')
      },
    })
    render(AboutView)
    await userEvent.click(await screen.findByRole('link', { name: 'aijobs.net/salaries' }))
    await waitFor(() => expect(toasts.latest?.message).toBe('That address cannot be opened.'))
  })

  it('says why the data file could not be found', async () => {
    installFakeApi({
      'app:status': () => {
        throw new AppError('internal', 'The data file could not be read.')
      },
      'salaries:source': () => salarySource,
    })
    render(AboutView)
    expect(
      await within(region('Your data')).findByText('The data file could not be read.'),
    ).toBeInTheDocument()
  })
})
