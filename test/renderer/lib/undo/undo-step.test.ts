import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { runUndoStep, type UndoStep } from '../../../../src/renderer/src/lib/undo/undo-step'
import { AppError } from '@shared/ipc/result'
import { installFakeApi } from '../../fake-api'

describe('runUndoStep', () => {
  it('asks main to put back exactly what each step names', async () => {
    const calls: [string, unknown][] = []
    const record =
      (name: string, answer: unknown = undefined) =>
      (input: unknown) => {
        calls.push([name, input])
        return answer as never
      }
    installFakeApi({
      'savedComparisons:restore': record('savedComparisons:restore'),
      'plans:restore': record('plans:restore'),
      'progress:undo': record('progress:undo'),
      'backups:restore': record('backups:restore', {
        restored: { id: 'b', createdAt: '2026-11-01T00:00:00.000Z' },
        safetyBackupId: 's',
      }),
      'articleImport:undo': record('articleImport:undo'),
    })
    const steps: UndoStep[] = [
      { kind: 'restore-comparison', id: 'cmp-1' },
      { kind: 'restore-plan', id: 'plan-1' },
      { kind: 'undo-progress', batchId: 'batch-1' },
      { kind: 'restore-backup', backupId: 'safety-1' },
      { kind: 'undo-article-import', undoId: 'undo-1' },
    ]
    for (const step of steps) await runUndoStep(step)
    expect(calls.map(([name]) => name)).toEqual([
      'savedComparisons:restore',
      'plans:restore',
      'progress:undo',
      'backups:restore',
      'articleImport:undo',
    ])
    expect(calls.map(([, input]) => input)).toEqual([
      { id: 'cmp-1' },
      { id: 'plan-1' },
      { batchId: 'batch-1' },
      { id: 'safety-1' },
      { undoId: 'undo-1' },
    ])
  })

  it('fails with main’s words when the thing to put back is gone', async () => {
    installFakeApi({
      'savedComparisons:restore': () => {
        throw new AppError('not-found', 'That comparison is gone for good.')
      },
    })
    const failure = runUndoStep({ kind: 'restore-comparison', id: 'gone' })
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toThrow('That comparison is gone for good.')
  })
})
