import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import DataImportPanel from '../../../../src/renderer/src/components/data/DataImportPanel.svelte'
import {
  DataScreen,
  type DataScreenDeps,
  type ImportStep,
} from '../../../../src/renderer/src/components/data/data-screen.svelte'
import type { DataCounts } from '@shared/domain/data-transfer/counts'
import type { DataChanges, DataImportPreview } from '@shared/domain/data-transfer/types'

const counts: DataCounts = {
  roles: 1,
  articles: 0,
  comparisons: 2,
  plans: 3,
  progress: 40,
  activity: 1200,
}
const same = { added: 0, updated: 0, unchanged: 0, conflicts: 0, removed: 0 }
const changes: DataChanges = {
  roles: same,
  articles: same,
  comparisons: { ...same, added: 2 },
  plans: { ...same, added: 1, updated: 2, conflicts: 1 },
  progress: { ...same, updated: 5 },
  activity: same,
}

const preview: DataImportPreview = {
  token: 'token-1',
  fileName: 'Role Atlas data.json',
  appVersion: '1.3.0',
  exportedAt: new Date(2026, 10, 20, 18, 30).toISOString(),
  counts,
  merge: changes,
  replace: { ...changes, progress: { ...same, removed: 7 } },
  conflicts: [
    { kind: 'plans', label: 'Evening study', kept: 'file', reason: 'changed more recently' },
    { kind: 'comparisons', label: 'Shortlist', kept: 'yours', reason: 'no date to compare' },
  ],
  conflictCount: 14,
  warnings: ['The file comes from a newer catalog; 2 roles will show as missing.'],
}

/** The panel over a DataScreen whose step the test sets; main is not asked. */
function renderAt(step: ImportStep) {
  const data = { previewImport: vi.fn(), applyImport: vi.fn(() => new Promise(() => undefined)) }
  const screenState = new DataScreen({
    client: { backups: { list: vi.fn(() => Promise.resolve([])) }, data },
    toasts: { show: vi.fn(), offerUndo: vi.fn() },
  } as unknown as DataScreenDeps)
  screenState.importStep = step
  render(DataImportPanel, { screen: screenState })
  return { screenState, data }
}

const previewStep: ImportStep = { name: 'preview', preview, confirmingReplace: false }

describe('DataImportPanel', () => {
  it('starts from a button that picks a file', () => {
    renderAt({ name: 'idle' })
    expect(screen.getByRole('button', { name: 'Import from file…' })).toBeInTheDocument()
  })

  it('says what it is doing while the file is read, merged or replaced', () => {
    const { screenState } = renderAt({ name: 'reading' })
    expect(screen.getByText('Reading and checking the file…')).toBeInTheDocument()
    screenState.importStep = { name: 'applying', mode: 'replace' }
    flushSync()
    expect(screen.getByText('Replacing your data…')).toBeInTheDocument()
  })

  it('names the file, the version that made it and when', () => {
    renderAt(previewStep)
    const section = screen.getByRole('region', { name: 'Role Atlas data.json' })
    expect(section).toHaveTextContent('Exported by Role Atlas 1.3.0 on 20 Nov 2026, 18:30.')
  })

  it('shows what the file holds and what each choice would change, kind by kind', () => {
    renderAt(previewStep)
    const table = screen.getByRole('table', {
      name: 'What the file holds and what each choice changes',
    })
    const plans = within(table).getByRole('rowheader', { name: 'Plans' }).closest('tr')
    if (!plans) throw new Error('no plans row')
    expect(
      within(plans)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '1', '2', '1', '0'])
    const progress = within(table)
      .getByRole('rowheader', { name: 'Progress records' })
      .closest('tr')
    expect(progress?.lastElementChild).toHaveTextContent('7')
  })

  it('lists what is worth knowing and the records that differ, with how many more there are', async () => {
    renderAt(previewStep)
    expect(screen.getByRole('list', { name: 'Worth knowing' })).toHaveTextContent(
      'The file comes from a newer catalog; 2 roles will show as missing.',
    )
    await userEvent.click(screen.getByText('14 records differ between the file and your data'))
    expect(
      screen.getByText((_, element) =>
        element?.tagName === 'LI'
          ? element.textContent ===
            'Evening study: a merge keeps the file’s copy (changed more recently).'
          : false,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/Shortlist/).closest('li')).toHaveTextContent(
      'a merge keeps yours (no date to compare)',
    )
    expect(screen.getByText('And 12 more.')).toBeInTheDocument()
  })

  it('speaks of one differing record in the singular', () => {
    renderAt({
      ...previewStep,
      preview: { ...preview, conflictCount: 1, conflicts: preview.conflicts.slice(0, 1) },
    })
    expect(screen.getByText('1 record differs between the file and your data')).toBeInTheDocument()
    expect(screen.queryByText(/more\.$/)).toBeNull()
  })

  it('asks before replacing, with focus on the answer that replaces', async () => {
    const { data } = renderAt(previewStep)
    await userEvent.click(screen.getByRole('button', { name: 'Replace my data…' }))
    const question = screen.getByRole('group', { name: /Replace all your data with this file\?/ })
    expect(within(question).getByRole('button', { name: 'Replace my data' })).toHaveFocus()
    await userEvent.click(within(question).getByRole('button', { name: 'Keep my data' }))
    expect(screen.queryByRole('group', { name: /Replace all your data/ })).toBeNull()
    expect(data.applyImport).not.toHaveBeenCalled()
  })

  it('merges with the token of the file it previewed', async () => {
    const { data } = renderAt(previewStep)
    await userEvent.click(screen.getByRole('button', { name: 'Merge into my data' }))
    expect(data.applyImport).toHaveBeenCalledWith({ token: 'token-1', mode: 'merge' })
    expect(screen.getByText('Merging the file…')).toBeInTheDocument()
  })

  it('goes back to the start on Cancel', async () => {
    renderAt(previewStep)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Import from file…' })).toBeInTheDocument()
  })

  it('sums up what an import did, and says the old data is in the backups', () => {
    renderAt({ name: 'done', result: { mode: 'merge', changes, backupId: 'b-1' } })
    expect(screen.getByRole('status')).toHaveTextContent(
      'Merged: 3 added, 7 updated. Your data from before is in the backup list.',
    )
  })

  it('says why the file could not be imported, and lets the user pick another', () => {
    renderAt({ name: 'error', message: 'This file is not a Role Atlas export.' })
    expect(screen.getByRole('alert')).toHaveTextContent('This file is not a Role Atlas export.')
    expect(screen.getByRole('button', { name: 'Import from file…' })).toBeInTheDocument()
  })
})
