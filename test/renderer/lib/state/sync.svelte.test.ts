import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import { SyncState } from '../../../../src/renderer/src/lib/state/sync.svelte'
import { AppError } from '@shared/ipc/result'
import type { SyncStatus } from '@shared/sync/status'
import { installFakeApi } from '../../fake-api'

const idle: SyncStatus = {
  state: 'idle',
  folder: '/home/maria/Dropbox',
  deviceId: 'laptop-id-1',
  deviceName: 'Laptop',
  lastSyncAt: null,
  error: null,
  pendingChanges: 0,
  devices: [],
  warnings: [],
  notice: null,
  revision: 3,
}

describe('SyncState', () => {
  it('takes the status main reports', async () => {
    installFakeApi({ 'sync:status': () => idle })
    const state = new SyncState(vi.fn())
    await state.refresh()
    expect(state.status).toEqual(idle)
  })

  it('leaves what is shown alone when a poll finds nothing new, and shows a change', async () => {
    let status = idle
    installFakeApi({ 'sync:status': () => structuredClone(status) })
    const state = new SyncState(vi.fn())
    const shown: (SyncStatus | null)[] = []
    const stop = $effect.root(() => {
      $effect(() => {
        shown.push(state.status)
      })
    })
    flushSync()
    await state.refresh()
    flushSync()
    await state.refresh()
    flushSync()
    expect(shown).toEqual([null, idle])
    status = { ...idle, pendingChanges: 2 }
    await state.refresh()
    flushSync()
    expect(shown.at(-1)?.pendingChanges).toBe(2)
    expect(shown).toHaveLength(3)
    stop()
  })

  it('shows changes afresh only when a sync brought data from elsewhere', async () => {
    let revision = 3
    installFakeApi({ 'sync:status': () => ({ ...idle, revision }) })
    const onRemoteChange = vi.fn()
    const state = new SyncState(onRemoteChange)
    await state.refresh()
    await state.refresh()
    // The first status only sets where the screen stands; the same revision changes nothing.
    expect(onRemoteChange).not.toHaveBeenCalled()
    revision = 4
    await state.refresh()
    expect(onRemoteChange).toHaveBeenCalledOnce()
  })

  it('keeps the last status when a poll fails, and says nothing', async () => {
    let fail = false
    installFakeApi({
      'sync:status': () => {
        if (fail) throw new AppError('internal', 'Main is busy.')
        return idle
      },
    })
    const state = new SyncState(vi.fn())
    await state.refresh()
    fail = true
    await state.refresh()
    expect(state.status).toEqual(idle)
    expect(state.error).toBe('')
  })

  it('marks the running action busy, and keeps its failure in main’s words', async () => {
    installFakeApi({
      'sync:now': () => {
        throw new AppError('forbidden', 'The sync folder cannot be written.')
      },
    })
    const state = new SyncState(vi.fn())
    const running = state.syncNow()
    expect(state.busy).toBe('now')
    expect(await running).toBe(false)
    expect(state.busy).toBeNull()
    expect(state.error).toBe('The sync folder cannot be written.')
  })

  it('clears an earlier failure once an action works', async () => {
    let works = false
    installFakeApi({
      'sync:setDeviceName': ({ name }) => {
        if (!works) throw new AppError('invalid-input', 'A name needs a letter.')
        return { ...idle, deviceName: name }
      },
    })
    const state = new SyncState(vi.fn())
    expect(await state.setDeviceName('')).toBe(false)
    works = true
    expect(await state.setDeviceName('Desk')).toBe(true)
    expect(state.error).toBe('')
    expect(state.status?.deviceName).toBe('Desk')
  })

  it('names the device being forgotten as the busy action', async () => {
    installFakeApi({ 'sync:forgetDevice': () => idle })
    const state = new SyncState(vi.fn())
    const forgetting = state.forgetDevice('desktop-id-2')
    expect(state.busy).toBe('forget:desktop-id-2')
    await forgetting
    expect(state.busy).toBeNull()
  })
})
