import { execFileSync } from 'node:child_process'
import { copyFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../../src/main/app-container'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import { backupsDir, listBackups } from '../../../../src/main/store/backups'
import type { Channel } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { openTestContainer } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'

function call(container: AppContainer, channel: Channel, input?: unknown) {
  return invokeChannel(container.handlers, channel, input, () => undefined) as Promise<
    IpcResult<unknown>
  >
}

const posixOnly = process.platform === 'win32' ? describe.skip : describe

/** Makes a special file at `file`: a link to /dev/zero or a FIFO. */
async function make(kind: 'link to /dev/zero' | 'FIFO', file: string): Promise<void> {
  if (kind === 'FIFO') execFileSync('mkfifo', [file])
  else await symlink('/dev/zero', file)
}

posixOnly('special files offered where the app reads', () => {
  const tempDir = useTempDir()

  for (const kind of ['link to /dev/zero', 'FIFO'] as const) {
    it(`refuses a ${kind} offered as a data export, in words, changing nothing`, async () => {
      const offered = path.join(tempDir(), 'Role Atlas data.json')
      await make(kind, offered)
      const container = await openTestContainer(path.join(tempDir(), 'profile'), {
        chooseOpenPath: async () => offered,
      })
      const before = container.store.data
      expect(await call(container, 'data:previewImport')).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message:
            'This is not a file Role Atlas can import (it is a folder, a device or a pipe). Choose the .json file you exported.',
        },
      })
      expect(container.store.data).toBe(before)
      await container.shutdown()
    })

    it(`refuses a ${kind} offered as an article, naming the file`, async () => {
      const offered = path.join(tempDir(), 'article.txt')
      await make(kind, offered)
      const container = await openTestContainer(path.join(tempDir(), 'profile'), {
        chooseOpenPath: async () => offered,
      })
      const result = await call(container, 'articleImport:openFile')
      expect(result.ok ? null : result.error.message).toBe(
        'Could not open “article.txt”: it is not a regular file (it is a device, a pipe or a link to one).',
      )
      await container.shutdown()
    })
  }

  it('neither lists nor restores a link planted among the backups, even to a good backup', async () => {
    const container = await openTestContainer(tempDir())
    const [daily] = await listBackups(container.store.filePath)
    if (!daily) throw new Error('no daily backup')
    const outside = path.join(tempDir(), 'elsewhere.json')
    await copyFile(daily.path, outside)
    const planted = [
      'role-atlas.pre-import-2099-01-01T00-00-00-000Z.json',
      'role-atlas.pre-restore-2099-01-02T00-00-00-000Z.json',
    ]
    await symlink(outside, path.join(backupsDir(container.store.filePath), planted[0] ?? ''))
    await make('FIFO', path.join(backupsDir(container.store.filePath), planted[1] ?? ''))
    const listed = await call(container, 'backups:list')
    if (!listed.ok) throw new Error(listed.error.message)
    expect((listed.value as { id: string }[]).map((backup) => backup.id)).toEqual([daily.name])
    for (const id of planted) {
      const restored = await call(container, 'backups:restore', { id })
      expect(restored.ok ? null : restored.error.code).toBe('not-found')
    }
    await container.shutdown()
  })

  it('skips a backup replaced by a link when recovering a damaged data file', async () => {
    const dir = tempDir()
    const container = await openTestContainer(dir)
    const file = container.store.filePath
    await container.shutdown()
    await writeFile(file, '{ damaged')
    const { Store } = await import('../../../../src/main/store/db')
    const [daily] = await listBackups(file)
    if (!daily) throw new Error('no daily backup')
    // A FIFO under a backup's name would hang a reader that follows it; it must be passed over.
    await make(
      'FIFO',
      path.join(backupsDir(file), 'role-atlas.daily-2099-01-01T00-00-00-000Z.json'),
    )
    const store = await Store.open(file)
    expect(store.notices).toHaveLength(1)
    expect(JSON.stringify(store.notices)).not.toMatch(/2099/)
    await store.close()
  })
})
