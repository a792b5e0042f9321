import { render, screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import ToastRegion from '../../../src/renderer/src/components/app/ToastRegion.svelte'
import DataView from '../../../src/renderer/src/views/DataView.svelte'
import type { BackupView } from '@shared/domain/data-transfer/backup-types'
import { dataKinds, type DataCounts } from '@shared/domain/data-transfer/counts'
import type {
  DataChanges,
  DataImportPreview,
  KindChanges,
} from '@shared/domain/data-transfer/types'
import type { HandlerTable } from '../../../src/main/ipc/invoke'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../fake-api'

const none: DataCounts = {
  roles: 0,
  articles: 0,
  comparisons: 0,
  plans: 0,
  progress: 0,
  activity: 0,
}

function backup(id: string, kind: BackupView['kind'], counts: Partial<DataCounts>): BackupView {
  return {
    id,
    kind,
    createdAt: '2026-11-28T09:30:00.000Z',
    sizeBytes: 20_480,
    contents: { readable: true, counts: { ...none, ...counts } },
  }
}

function changes(each: Partial<KindChanges>): DataChanges {
  const counts = { added: 0, updated: 0, unchanged: 0, conflicts: 0, removed: 0, ...each }
  return Object.fromEntries(dataKinds.map((kind) => [kind, counts])) as DataChanges
}

const preview: DataImportPreview = {
  token: 't1',
  fileName: 'Role Atlas data 2026-11-28.json',
  appVersion: '0.1.0',
  exportedAt: '2026-11-28T10:00:00.000Z',
  counts: { ...none, plans: 2, progress: 5 },
  merge: changes({ added: 1, conflicts: 1 }),
  replace: changes({ removed: 3 }),
  conflicts: [{ kind: 'comparisons', label: 'Two roles', kept: 'file', reason: 'newer' }],
  conflictCount: 1,
  warnings: ['1 plan was made for a role that is gone.'],
}

function renderView(handlers: Partial<HandlerTable>, calls: string[] = []) {
  installFakeApi({
    'backups:list': () => [
      backup('b2', 'pre-import', { plans: 2, progress: 14 }),
      backup('b1', 'daily', {}),
    ],
    'backups:openFolder': () => {
      calls.push('openFolder')
    },
    ...handlers,
  })
  render(DataView)
  render(ToastRegion)
}

describe('DataView', () => {
  it('lists the backups with their date, kind and contents, and opens the data folder', async () => {
    const calls: string[] = []
    renderView({}, calls)
    const list = await screen.findByRole('list', { name: 'Backups' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows).toHaveLength(2)
    expect(rows[0]).toHaveTextContent(/28 Nov 2026.*Before an import/)
    expect(rows[0]).toHaveTextContent('2 plans, 14 progress records · 20 KB')
    expect(rows[1]).toHaveTextContent(/Daily.*nothing yet/)
    await userEvent.click(screen.getByRole('button', { name: 'Open data folder' }))
    expect(calls).toEqual(['openFolder'])
  })

  it('says so when there is no backup yet, and marks an unreadable one', async () => {
    renderView({
      'backups:list': () => [
        {
          ...backup('b1', 'daily', {}),
          contents: { readable: false, reason: 'it is damaged: its contents are not valid JSON' },
        },
      ],
    })
    expect(await screen.findByText(/Unreadable: it is damaged/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Restore the backup of/ })).toBeDisabled()
  })

  it('shows the empty state', async () => {
    renderView({ 'backups:list': () => [] })
    expect(await screen.findByText('No backups yet')).toBeInTheDocument()
  })

  it('restores a backup in two clicks and offers to undo it', async () => {
    const restored: string[] = []
    renderView({
      'backups:restore': ({ id }) => {
        restored.push(id)
        return { restored: backup(id, 'daily', {}), safetyBackupId: 'safety' }
      },
    })
    const [first] = await screen.findAllByRole('button', { name: /Restore the backup of/ })
    await userEvent.click(first as HTMLElement)
    const confirm = screen.getByRole('button', { name: 'Restore this backup' })
    expect(confirm).toHaveFocus()
    expect(restored).toEqual([])
    await userEvent.click(confirm)
    const toasts = screen.getByRole('status', { name: 'Notifications' })
    await within(toasts).findByText(/^Restored the backup of 28 Nov 2026/)
    expect(restored).toEqual(['b2'])
    await userEvent.click(within(toasts).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(restored).toEqual(['b2', 'safety']))
  })

  it('cancels a restore without calling main', async () => {
    renderView({
      'backups:restore': () => {
        throw new Error('must not restore')
      },
    })
    const [first] = await screen.findAllByRole('button', { name: /Restore the backup of/ })
    await userEvent.click(first as HTMLElement)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('button', { name: 'Restore this backup' })).not.toBeInTheDocument()
  })

  it('exports all data and says where it went', async () => {
    renderView({
      'data:export': () => ({
        saved: true,
        path: '/home/me/Role Atlas data.json',
        counts: { ...none, plans: 1, progress: 1 },
      }),
    })
    await userEvent.click(screen.getByRole('button', { name: 'Export all data…' }))
    expect(
      await screen.findByText('Saved 1 plan, 1 progress record to /home/me/Role Atlas data.json.'),
    ).toBeInTheDocument()
  })

  it('previews an import, then merges it', async () => {
    const applied: string[] = []
    renderView({
      'data:previewImport': () => ({ chosen: true, preview }),
      'data:applyImport': ({ token, mode }) => {
        applied.push(`${token} ${mode}`)
        return { mode, changes: changes({ added: 2 }), backupId: 'b3' }
      },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Import from file…' }))
    const region = await screen.findByRole('region', { name: preview.fileName })
    const plans = within(region).getByRole('row', { name: /^Plans/ })
    expect(
      within(plans)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '0', '1', '3'])
    expect(within(region).getByRole('list', { name: 'Worth knowing' })).toHaveTextContent(
      'a role that is gone',
    )
    expect(within(region).getByText(/1 record differs/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Merge into my data' }))
    expect(await screen.findByText(/^Merged: 12 added, 0 updated\./)).toBeInTheDocument()
    expect(applied).toEqual(['t1 merge'])
  })

  it('asks before replacing, saying a backup is taken', async () => {
    const applied: string[] = []
    renderView({
      'data:previewImport': () => ({ chosen: true, preview }),
      'data:applyImport': ({ token, mode }) => {
        applied.push(`${token} ${mode}`)
        return { mode, changes: changes({ removed: 1 }), backupId: 'b3' }
      },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Import from file…' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Replace my data…' }))
    expect(screen.getByText(/A backup of your current data is taken first/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Keep my data' }))
    expect(applied).toEqual([])
    await userEvent.click(screen.getByRole('button', { name: 'Replace my data…' }))
    await userEvent.click(screen.getByRole('button', { name: 'Replace my data' }))
    expect(
      await screen.findByText(/^Replaced: 0 added, 0 updated, 6 removed\./),
    ).toBeInTheDocument()
    expect(applied).toEqual(['t1 replace'])
  })

  it('shows why a file cannot be imported, and stays quiet when the dialog is cancelled', async () => {
    let answer: 'refuse' | 'cancel' = 'cancel'
    renderView({
      'data:previewImport': () => {
        if (answer === 'cancel') return { chosen: false }
        throw new AppError(
          'invalid-input',
          'This file was exported by Role Atlas 0.3.0 (data version 6); this copy is 0.1.0 and reads up to data version 4.',
        )
      },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Import from file…' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    answer = 'refuse'
    await userEvent.click(screen.getByRole('button', { name: 'Import from file…' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file was exported by Role Atlas 0.3.0 (data version 6)',
    )
  })
})
