import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import SyncPanel from '../../../../src/renderer/src/components/sync/SyncPanel.svelte'
import type { SyncStatus } from '@shared/sync/status'
import { installFakeApi } from '../../fake-api'

const off: SyncStatus = {
  state: 'off',
  folder: null,
  deviceId: 'laptop-id-1',
  deviceName: 'Laptop',
  lastSyncAt: null,
  error: null,
  pendingChanges: 0,
  devices: [],
  warnings: [],
  notice: null,
  revision: 0,
}

const on: SyncStatus = {
  ...off,
  state: 'idle',
  folder: '/home/maria/Dropbox',
  lastSyncAt: '2026-06-01T09:30:00.000Z',
  devices: [
    {
      deviceId: 'laptop-id-1',
      name: 'Laptop',
      thisDevice: true,
      lastChangeAt: '2026-06-01T09:00:00.000Z',
      lastSyncAt: '2026-06-01T09:30:00.000Z',
      clockAhead: false,
    },
    {
      deviceId: 'desktop-id-2',
      name: 'Old desktop',
      thisDevice: false,
      lastChangeAt: null,
      lastSyncAt: '2026-05-01T09:30:00.000Z',
      clockAhead: true,
    },
  ],
  warnings: ['The clock on Old desktop is more than a day ahead of this computer’s.'],
}

describe('the Sync section', () => {
  it('starts off, turns on with a chosen folder, and lists computers and warnings', async () => {
    const calls: string[] = []
    let current = off
    installFakeApi({
      'sync:status': () => current,
      'sync:chooseFolder': () => {
        calls.push('choose')
        current = on
        return on
      },
      'sync:forgetDevice': ({ deviceId }) => {
        calls.push(`forget ${deviceId}`)
        current = { ...on, devices: on.devices.slice(0, 1) }
        return current
      },
      'sync:disable': () => {
        calls.push('disable')
        current = off
        return off
      },
    })
    const user = userEvent.setup()
    render(SyncPanel)
    expect(await screen.findByText(/Sync is off/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Choose sync folder…' }))
    expect(await screen.findByText('/home/maria/Dropbox')).toBeInTheDocument()
    expect(
      screen.getByText(/The clock on Old desktop is more than a day ahead/),
    ).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Computers syncing through this folder' })
    expect(within(table).getByRole('rowheader', { name: /Old desktop/ })).toHaveTextContent(
      'clock ahead',
    )
    await user.click(screen.getByRole('button', { name: 'Forget Old desktop' }))
    expect(within(table).queryByText(/Old desktop/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Turn sync off…' }))
    await user.click(screen.getByRole('button', { name: 'Turn off' }))
    expect(await screen.findByText(/Sync is off/)).toBeInTheDocument()
    expect(calls).toEqual(['choose', 'forget desktop-id-2', 'disable'])
  })

  it('renames this computer as the other computers will list it', async () => {
    let current = on
    installFakeApi({
      'sync:status': () => current,
      'sync:setDeviceName': ({ name }) => {
        current = { ...on, deviceName: name }
        return current
      },
    })
    const user = userEvent.setup()
    render(SyncPanel)
    const input = await screen.findByLabelText("This computer's name")
    await user.clear(input)
    await user.type(input, 'Work laptop')
    await user.click(screen.getByRole('button', { name: 'Save name' }))
    expect(input).toHaveValue('Work laptop')
    expect(current.deviceName).toBe('Work laptop')
    expect(screen.getByRole('button', { name: 'Save name' })).toBeDisabled()
  })

  it('says what forgetting a computer does, and undoes it', async () => {
    const calls: string[] = []
    let current = on
    installFakeApi({
      'sync:status': () => current,
      'sync:forgetDevice': ({ deviceId }) => {
        calls.push(`forget ${deviceId}`)
        current = { ...on, devices: on.devices.slice(0, 1) }
        return current
      },
      'sync:unforgetDevice': ({ deviceId }) => {
        calls.push(`unforget ${deviceId}`)
        current = on
        return current
      },
    })
    const user = userEvent.setup()
    render(SyncPanel)
    await user.click(await screen.findByRole('button', { name: 'Forget Old desktop' }))
    const said = await screen.findByText(/Old desktop is no longer listed/)
    expect(said).toHaveTextContent('Everything it changed stays here')
    expect(said).toHaveTextContent('If it syncs new changes again, it comes back to the list.')
    const table = screen.getByRole('table', { name: 'Computers syncing through this folder' })
    expect(within(table).queryByText(/Old desktop/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await within(table).findByRole('rowheader', { name: /Old desktop/ })).toBeInTheDocument()
    expect(screen.queryByText(/is no longer listed/)).not.toBeInTheDocument()
    expect(calls).toEqual(['forget desktop-id-2', 'unforget desktop-id-2'])
  })

  it('tells once that a forgotten computer synced again', async () => {
    const back =
      'Old desktop was forgotten but has synced again, so it is listed again and its new changes are here.'
    let current: SyncStatus = { ...on, notice: back }
    installFakeApi({
      'sync:status': () => current,
      'sync:dismissNotice': () => {
        current = { ...current, notice: null }
        return current
      },
    })
    const user = userEvent.setup()
    render(SyncPanel)
    const notice = (await screen.findByText(back)).closest('[role="status"]')
    if (!(notice instanceof HTMLElement)) throw new Error('the notice is not a status')
    const table = screen.getByRole('table', { name: 'Computers syncing through this folder' })
    expect(within(table).getByRole('rowheader', { name: /Old desktop/ })).toBeInTheDocument()
    await user.click(within(notice).getByRole('button', { name: 'OK' }))
    expect(screen.queryByText(back)).not.toBeInTheDocument()
  })
})
