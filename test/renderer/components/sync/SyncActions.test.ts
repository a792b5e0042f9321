import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import SyncPanel from '../../../../src/renderer/src/components/sync/SyncPanel.svelte'
import { formatTime } from '../../../../src/renderer/src/lib/dates'
import type { SyncStatus } from '@shared/sync/status'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../../fake-api'

const on: SyncStatus = {
  state: 'idle',
  folder: '/home/maria/Dropbox',
  deviceId: 'laptop-id-1',
  deviceName: 'Laptop',
  lastSyncAt: '2026-06-01T09:30:00.000Z',
  error: null,
  pendingChanges: 2,
  devices: [],
  warnings: [],
  notice: null,
  // Kept the same in every answer: a higher revision reloads the page, which these tests do not need.
  revision: 0,
}

/** The text shown under "Last synced". */
function lastSynced(): string {
  const term = screen.getByText('Last synced')
  return term.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
}

describe('the Sync section’s buttons', () => {
  it('"Sync now" asks main to sync and shows when it last synced and what still waits', async () => {
    const calls: string[] = []
    let current = on
    installFakeApi({
      'sync:status': () => current,
      'sync:now': () => {
        calls.push('now')
        current = { ...on, lastSyncAt: '2026-06-01T10:45:00.000Z', pendingChanges: 0 }
        return current
      },
    })
    const user = userEvent.setup()
    render(SyncPanel)
    await screen.findByText('/home/maria/Dropbox')
    expect(lastSynced()).toBe(
      `${formatTime(on.lastSyncAt ?? '')} · 2 changes waiting to be written`,
    )
    await user.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(calls).toEqual(['now'])
    expect(lastSynced()).toBe(formatTime('2026-06-01T10:45:00.000Z'))
  })

  it('"Sync now" shows why sync could not finish, and a refused sync in main’s words', async () => {
    let answer: () => SyncStatus = () => ({
      ...on,
      state: 'error',
      error: 'The sync folder cannot be read.',
    })
    installFakeApi({ 'sync:status': () => on, 'sync:now': () => answer() })
    const user = userEvent.setup()
    render(SyncPanel)
    await user.click(await screen.findByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText(/Sync could not finish/)).toBeInTheDocument()
    expect(screen.getByText(/The sync folder cannot be read\./)).toBeInTheDocument()

    answer = () => {
      throw new AppError('internal', 'The disk is full.')
    }
    await user.click(screen.getByRole('button', { name: 'Sync now' }))
    expect(await screen.findByText('That did not work')).toBeInTheDocument()
    expect(screen.getByText(/The disk is full\./)).toBeInTheDocument()
  })

  it('"Change folder…" opens the folder chooser and shows the folder chosen', async () => {
    const calls: string[] = []
    let current = on
    installFakeApi({
      'sync:status': () => current,
      'sync:chooseFolder': () => {
        calls.push('choose')
        current = { ...on, folder: '/home/maria/Syncthing/Shared' }
        return current
      },
    })
    const user = userEvent.setup()
    render(SyncPanel)
    await user.click(await screen.findByRole('button', { name: 'Change folder…' }))
    expect(calls).toEqual(['choose'])
    expect(await screen.findByText('/home/maria/Syncthing/Shared')).toBeInTheDocument()
    expect(screen.queryByText('/home/maria/Dropbox')).not.toBeInTheDocument()
  })
})
