import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import BackupsPanel from '../../../../src/renderer/src/components/data/BackupsPanel.svelte'
import { AsyncResource } from '../../../../src/renderer/src/lib/state/async-resource.svelte'
import type { BackupView } from '@shared/domain/data-transfer/backup-types'

const backup: BackupView = {
  id: 'role-atlas.daily-2026-12-04T09-00-00.000Z.json',
  kind: 'daily',
  createdAt: '2026-12-04T09:00:00.000Z',
  sizeBytes: 2048,
  contents: {
    readable: true,
    counts: { roles: 0, articles: 0, comparisons: 1, plans: 2, progress: 5, activity: 9 },
  },
}

async function panelWithOneBackup(): Promise<{ onrestore: ReturnType<typeof vi.fn> }> {
  const backups = new AsyncResource<BackupView[]>()
  await backups.load(() => Promise.resolve([backup]))
  const onrestore = vi.fn(() => Promise.resolve())
  render(BackupsPanel, { backups, reload: vi.fn(), onrestore, onopenfolder: vi.fn() })
  return { onrestore }
}

describe('BackupsPanel', () => {
  it('puts focus back on Restore… when the question is cancelled, by button or Escape', async () => {
    const { onrestore } = await panelWithOneBackup()
    const user = userEvent.setup()
    const ask = screen.getByRole('button', { name: /^Restore the backup of / })
    await user.click(ask)
    expect(screen.getByRole('button', { name: 'Restore this backup' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: /^Restore the backup of / })).toHaveFocus()

    await user.keyboard('{Enter}')
    expect(screen.getByRole('button', { name: 'Restore this backup' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('button', { name: 'Restore this backup' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Restore the backup of / })).toHaveFocus()
    expect(onrestore).not.toHaveBeenCalled()
  })
})
