import { describe, expect, it, vi } from 'vitest'
import {
  DataScreen,
  type DataScreenDeps,
} from '../../../../src/renderer/src/components/data/data-screen.svelte'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { DataImportPreview } from '@shared/domain/data-transfer/types'

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
  const toasts = { show: vi.fn(), offerUndo: vi.fn() }
  const screen = new DataScreen({ client: { backups, data }, toasts } as unknown as DataScreenDeps)
  return { screen, backups, data, toasts }
}

/** The newest undo offered: its message and the plain-data step its Undo would run. */
function lastUndo(toasts: { offerUndo: ReturnType<typeof vi.fn> }): [string, unknown] {
  const call = toasts.offerUndo.mock.calls.at(-1)
  if (!call) throw new Error('no toast offered an undo')
  return [call[0] as string, call[1]]
}

describe('DataScreen', () => {
  it('restores a backup, and offers an undo that restores the safety backup', async () => {
    const { screen, backups, toasts } = screenWith()
    await screen.restore('daily-1')
    expect(backups.restore).toHaveBeenCalledWith({ id: 'daily-1' })
    const [message, step] = lastUndo(toasts)
    expect(message).toMatch(/^Restored the backup of /)
    expect(step).toEqual({ kind: 'restore-backup', backupId: 'safety-1' })
    expect(backups.list).toHaveBeenCalledOnce()
  })

  it('says why a restore failed and still shows the backups main holds', async () => {
    const { screen, backups, toasts } = screenWith({
      restore: () => Promise.reject(new ApiError('not-found', 'That backup is gone.')),
    })
    await screen.restore('gone')
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
    expect(lastUndo(toasts)).toEqual([
      'The file was merged into your data.',
      { kind: 'restore-backup', backupId: 'before-import' },
    ])
    expect(backups.restore).not.toHaveBeenCalled()
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
