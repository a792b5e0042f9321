import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import SyncDevices from '../../../../src/renderer/src/components/sync/SyncDevices.svelte'
import type { SyncDeviceView } from '@shared/sync/status'

const laptop: SyncDeviceView = {
  deviceId: 'laptop',
  name: 'Laptop',
  thisDevice: true,
  lastChangeAt: new Date(2026, 5, 1, 9, 0).toISOString(),
  lastSyncAt: new Date(2026, 5, 1, 9, 30).toISOString(),
  clockAhead: false,
}
const desktop: SyncDeviceView = {
  deviceId: 'desktop',
  name: '',
  thisDevice: false,
  lastChangeAt: null,
  lastSyncAt: null,
  clockAhead: true,
}

function rowOf(name: string | RegExp): HTMLElement {
  const row = screen.getByRole('rowheader', { name }).closest('tr')
  if (!row) throw new Error('no such row')
  return row
}

describe('SyncDevices', () => {
  it('lists each computer with when it last changed and synced', () => {
    render(SyncDevices, { devices: [laptop, desktop], busy: null, onforget: vi.fn() })
    expect(
      screen.getByRole('table', { name: 'Computers syncing through this folder' }),
    ).toBeInTheDocument()
    const cells = within(rowOf(/^Laptop/)).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('1 Jun 2026, 09:00')
    expect(cells[1]).toHaveTextContent('1 Jun 2026, 09:30')
    expect(rowOf(/^Laptop/)).toHaveTextContent('this computer')
  })

  it('names an unnamed computer, says "Never" for what it has not done, and flags its clock', () => {
    render(SyncDevices, { devices: [laptop, desktop], busy: null, onforget: vi.fn() })
    const row = rowOf(/^Unnamed computer/)
    expect(row).toHaveTextContent('clock ahead')
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(0, 2)
        .map((cell) => cell.textContent),
    ).toEqual(['Never', 'Never'])
  })

  it('offers to forget other computers, never this one', async () => {
    const onforget = vi.fn()
    render(SyncDevices, {
      devices: [laptop, { ...desktop, name: 'Old desktop' }],
      busy: null,
      onforget,
    })
    expect(within(rowOf(/^Laptop/)).queryByRole('button')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Forget Old desktop' }))
    expect(onforget).toHaveBeenCalledWith('desktop')
  })

  it('waits while another sync action runs', () => {
    render(SyncDevices, { devices: [laptop, desktop], busy: 'now', onforget: vi.fn() })
    expect(screen.getByRole('button', { name: 'Forget this computer' })).toBeDisabled()
  })

  it('tells a lone computer how to add another', () => {
    render(SyncDevices, { devices: [laptop], busy: null, onforget: vi.fn() })
    expect(screen.getByText(/No other computer has synced yet/)).toBeInTheDocument()
  })
})
