import { describe, expect, it, vi } from 'vitest'
import {
  DataScreen,
  type DataScreenDeps,
} from '../../../../src/renderer/src/components/data/data-screen.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { DataImportPreview } from '../../../../src/shared/domain/data-transfer/types'

const preview = { token: 'token-1', fileName: 'Role Atlas data.json' } as DataImportPreview
const createdAt = '2026-11-29T08:00:00.000Z'

/** A DataScreen over fake calls; `calls` overrides the ones a test cares about. */
function screenWith(calls: Record<string, (...args: never[]) => unknown> = {}) {
  const fn = (name: string, fallback: (...args: never[]) => unknown) =>
    vi.fn(calls[name] ?? fallback)
  const backups = {
    list: fn('list', () => Promise.resolve([])),
    restore: fn('restore', () =>
      Promise.resolve({ restored: { createdAt }, safetyBackupId: 'safety-1' }),
    ),
    openFolder: fn('openFolder', () => Promise.resolve(undefined)),
  }
  const data = {
    previewImport: fn('previewImport', () => Promise.resolve({ chosen: true, preview })),
    applyImport: fn('applyImport', () =>
      Promise.resolve({ mode: 'merge', backupId: 'before-import', changes: {} }),
    ),
  }
  const toasts = { show: vi.fn() }
  const screen = new DataScreen({ client: { backups, data }, toasts } as unknown as DataScreenDeps)
  return { screen, backups, data, toasts }
}

/** The action of the newest notification, as the user's Undo would run it. */
function lastAction(toasts: { show: ReturnType<typeof vi.fn> }): () => Promise<void> {
  const action = toasts.show.mock.calls.at(-1)?.[1] as { run: () => Promise<void> } | undefined
  if (!action) throw new Error('no toast offered an action')
  return action.run
}

describe('DataScreen', () => {
  it('restores a backup, and its undo restores the safety backup with no undo of its own', async () => {
    const { screen, backups, toasts } = screenWith()
    await screen.restore('daily-1', true)
    expect(backups.restore).toHaveBeenCalledWith({ id: 'daily-1' })
    expect(toasts.show.mock.calls.at(-1)?.[0]).toMatch(/^Restored the backup of /)
    await lastAction(toasts)()
    expect(backups.restore).toHaveBeenLastCalledWith({ id: 'safety-1' })
    expect(toasts.show.mock.calls.at(-1)?.[1]).toBeUndefined()
    expect(backups.list).toHaveBeenCalledTimes(2)
  })

  it('says why a restore failed and still shows the backups main holds', async () => {
    const { screen, backups, toasts } = screenWith({
      restore: () => Promise.reject(new ApiError('not-found', 'That backup is gone.')),
    })
    await screen.restore('gone', true)
    expect(toasts.show).toHaveBeenCalledWith('That backup is gone.')
    expect(backups.list).toHaveBeenCalledOnce()
  })

  it('goes from choosing a file to its preview, and back to idle when none is chosen', async () => {
    const { screen } = screenWith()
    const choosing = screen.chooseImport()
    expect(screen.importStep.name).toBe('reading')
    await choosing
    expect(screen.importStep).toEqual({ name: 'preview', preview, confirmingReplace: false })

    const none = screenWith({ previewImport: () => Promise.resolve({ chosen: false }) })
    await none.screen.chooseImport()
    expect(none.screen.importStep).toEqual({ name: 'idle' })
  })

  it('asks before replacing, and can be talked out of it', async () => {
    const { screen, data } = screenWith()
    await screen.chooseImport()
    screen.confirmReplace(true)
    expect(screen.importStep).toMatchObject({ name: 'preview', confirmingReplace: true })
    screen.confirmReplace(false)
    expect(screen.importStep).toMatchObject({ name: 'preview', confirmingReplace: false })
    screen.cancelImport()
    expect(screen.importStep).toEqual({ name: 'idle' })
    await screen.applyImport('replace')
    expect(data.applyImport).not.toHaveBeenCalled()
  })

  it('merges with the token of the preview, and its undo restores the backup taken first', async () => {
    const { screen, data, backups, toasts } = screenWith()
    await screen.chooseImport()
    await screen.applyImport('merge')
    expect(data.applyImport).toHaveBeenCalledWith({ token: 'token-1', mode: 'merge' })
    expect(screen.importStep.name).toBe('done')
    expect(toasts.show.mock.calls.at(-1)?.[0]).toBe('The file was merged into your data.')
    await lastAction(toasts)()
    expect(backups.restore).toHaveBeenCalledWith({ id: 'before-import' })
  })

  it('shows an import that failed as a sentence, not a preview', async () => {
    const { screen } = screenWith({
      applyImport: () => Promise.reject(new ApiError('invalid-input', 'The file changed.')),
    })
    await screen.chooseImport()
    await screen.applyImport('replace')
    expect(screen.importStep).toEqual({ name: 'error', message: 'The file changed.' })
  })
})
