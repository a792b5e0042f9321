import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import AppHeader from '../../../../src/renderer/src/components/app/AppHeader.svelte'
import { remoteChanges, sync } from '../../../../src/renderer/src/lib/state/sync.svelte'
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

/** Main answers every poll of the sync status with `status`. */
function syncIs(status: SyncStatus): void {
  installFakeApi({ 'sync:status': () => status })
}

function mainNav(): HTMLElement {
  return screen.getByRole('navigation', { name: 'Main' })
}

describe('AppHeader', () => {
  it('marks the section of the screen shown as the current page', () => {
    syncIs(off)
    render(AppHeader, { current: 'fit-role' })
    const current = within(mainNav())
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page')
    expect(current.map((link) => link.textContent)).toEqual(['My skills'])
    expect(within(mainNav()).getByRole('link', { name: 'Plans' })).toHaveAttribute(
      'href',
      '#/plans',
    )
  })

  it('opens the More menu, and Escape closes it with focus back on its button', async () => {
    syncIs(off)
    const user = userEvent.setup()
    render(AppHeader, { current: 'library' })
    const more = screen.getByRole('button', { name: 'More' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await user.click(more)
    const menu = screen.getByRole('list', { name: 'More sections' })
    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Import', 'Your data', 'About'])
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('list', { name: 'More sections' })).toBeNull()
    expect(more).toHaveFocus()
  })

  it('closes the More menu when the user clicks elsewhere', async () => {
    syncIs(off)
    const user = userEvent.setup()
    render(AppHeader, { current: 'library' })
    await user.click(screen.getByRole('button', { name: 'More' }))
    await user.click(screen.getByRole('link', { name: 'Role Atlas' }))
    expect(screen.queryByRole('list', { name: 'More sections' })).toBeNull()
  })

  it('tells a screen reader which folded section is open', () => {
    syncIs(off)
    render(AppHeader, { current: 'data' })
    expect(screen.getByRole('button', { name: /^More.*now on Your data$/ })).toBeInTheDocument()
  })

  it('says nothing about sync while it is off', async () => {
    syncIs(off)
    render(AppHeader, { current: 'library' })
    await Promise.resolve()
    expect(screen.queryByRole('link', { name: /sync/i })).toBeNull()
  })

  it('shows how sync stands, linking to its settings', async () => {
    syncIs({ ...off, state: 'idle', folder: '/sync', pendingChanges: 2 })
    render(AppHeader, { current: 'library' })
    const status = await screen.findByRole('link', { name: 'Changes waiting to sync' })
    expect(status).toHaveAttribute('href', '#/data')
  })

  it('asks for attention when sync has a problem', async () => {
    syncIs({ ...off, state: 'error', folder: '/sync', error: 'The folder is gone.' })
    render(AppHeader, { current: 'library' })
    expect(await screen.findByRole('link', { name: 'Sync problem' })).toBeInTheDocument()
  })

  it('says when the last sync left warnings', async () => {
    syncIs({ ...off, state: 'idle', folder: '/sync', warnings: ['Two computers share a name.'] })
    render(AppHeader, { current: 'library' })
    expect(await screen.findByRole('link', { name: 'Synced, with warnings' })).toBeInTheDocument()
  })

  it('says when everything is synced', async () => {
    syncIs({ ...off, state: 'idle', folder: '/sync' })
    render(AppHeader, { current: 'library' })
    expect(await screen.findByRole('link', { name: 'Synced' })).toBeInTheDocument()
  })

  it('says when it is syncing', async () => {
    syncIs({ ...off, state: 'syncing', folder: '/sync' })
    render(AppHeader, { current: 'library' })
    expect(await screen.findByRole('link', { name: 'Syncing…' })).toBeInTheDocument()
  })

  it('offers to show changes that came while the user was typing, and shows them on a click', async () => {
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined)
    const synced: SyncStatus = { ...off, state: 'idle', folder: '/sync' }
    let status = synced
    installFakeApi({ 'sync:status': () => status })
    const user = userEvent.setup()
    render(AppHeader, { current: 'library' })
    await screen.findByRole('link', { name: 'Synced' })
    const field = document.body.appendChild(document.createElement('input'))
    try {
      field.focus()
      // Another computer's changes arrive mid-sentence: the page is not reloaded under the user.
      status = { ...synced, revision: 1, lastSyncAt: '2026-06-01T09:31:00.000Z' }
      await sync.refresh()
      const show = await screen.findByRole('button', {
        name: 'Show changes from your other computers',
      })
      expect(reload).not.toHaveBeenCalled()
      await user.click(show)
      expect(reload).toHaveBeenCalledOnce()
    } finally {
      field.remove()
      remoteChanges.waiting = false
      reload.mockRestore()
    }
  })
})
