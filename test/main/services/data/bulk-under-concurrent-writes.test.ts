import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../../src/main/app-container'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import { listBackups } from '../../../../src/main/store/backups'
import type { Channel, OutputOf } from '@shared/ipc/contract'
import { openTestContainer } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'

async function value<C extends Channel>(
  container: AppContainer,
  channel: C,
  input?: unknown,
): Promise<OutputOf<C>> {
  const result = await invokeChannel(container.handlers, channel, input, () => undefined)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as OutputOf<C>
}

/** Skill keys the library's roles name, to set one after another. */
function skillKeys(container: AppContainer): string[] {
  const ids = new Set<string>()
  for (const role of container.store.data.roles) {
    for (const item of role.sections.skills) for (const id of item.entityIds) ids.add(id)
  }
  return [...ids].map((id) => `skill:${id}`)
}

/**
 * Runs `operation` while setting one skill key after another, each on its own turn of the
 * event loop, so some land before, some during and some after its backup and its change.
 * Returns what the operation answered and the keys whose set was acknowledged.
 */
async function withWritesDuring<T>(
  container: AppContainer,
  operation: () => Promise<T>,
): Promise<{ answer: T; acknowledged: string[] }> {
  const keys = skillKeys(container)
  const acknowledged: string[] = []
  let done = false
  const writes = (async () => {
    for (const key of keys) {
      if (done) break
      await value(container, 'progress:set', { key, status: 'done' })
      acknowledged.push(key)
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  const answer = await operation().finally(() => {
    done = true
  })
  await writes
  return { answer, acknowledged }
}

/** The acknowledged keys found neither in the current data nor in the named backup. */
async function lost(
  container: AppContainer,
  acknowledged: readonly string[],
  backupName: string,
): Promise<string[]> {
  const backup = (await listBackups(container.store.filePath)).find((b) => b.name === backupName)
  if (!backup) throw new Error(`no backup ${backupName}`)
  const saved = JSON.parse(await readFile(backup.path, 'utf8')) as { progress: { key: string }[] }
  const kept = new Set([
    ...container.store.data.progress.map((record) => record.key),
    ...saved.progress.map((record) => record.key),
  ])
  return acknowledged.filter((key) => !kept.has(key))
}

/** An export holding one comparison, written to `dir/export.json`. */
async function anExport(dir: string): Promise<string> {
  const file = path.join(dir, 'export.json')
  const source = await openTestContainer(path.join(dir, 'source'), {
    chooseSavePath: async () => file,
  })
  await value(source, 'savedComparisons:save', {
    roleIds: ['ai-programmer', 'data-manager'],
    notes: '',
    tags: [],
  })
  await value(source, 'data:export')
  await source.shutdown()
  return file
}

describe('bulk changes while other changes arrive', () => {
  const tempDir = useTempDir()

  for (const mode of ['replace', 'merge'] as const) {
    it(`keeps every progress change acknowledged during a ${mode} import, in the data or in its backup`, async () => {
      const file = await anExport(tempDir())
      const container = await openTestContainer(path.join(tempDir(), 'target'), {
        chooseOpenPath: async () => file,
      })
      const answer = await value(container, 'data:previewImport')
      if (!answer.chosen) throw new Error('nothing chosen')
      const { token } = answer.preview
      const run = await withWritesDuring(container, () =>
        value(container, 'data:applyImport', { token, mode }),
      )
      expect(run.acknowledged.length).toBeGreaterThan(0)
      // Set before the import: its backup has it, so Undo brings it back; after: the data has it.
      expect(await lost(container, run.acknowledged, run.answer.backupId)).toEqual([])
      await container.shutdown()
    })
  }

  it('keeps every progress change acknowledged during a restore, in the data or in its safety backup', async () => {
    const container = await openTestContainer(tempDir())
    const [daily] = await listBackups(container.store.filePath)
    if (!daily) throw new Error('no daily backup')
    const run = await withWritesDuring(container, () =>
      value(container, 'backups:restore', { id: daily.name }),
    )
    expect(await lost(container, run.acknowledged, run.answer.safetyBackupId)).toEqual([])
    await container.shutdown()
  })

  it('keeps every progress change acknowledged while an article is merged into a role', async () => {
    const container = await openTestContainer(tempDir())
    const text = await readFile(
      path.resolve(import.meta.dirname, '../../../fixtures/articles/grouped-by-section.txt'),
      'utf8',
    )
    const preview = await value(container, 'articleImport:preview', { text })
    const [, second] = preview.article.roles
    const target = container.store.data.roles[0]
    if (!target) throw new Error('no roles')
    const run = await withWritesDuring(container, () =>
      value(container, 'articleImport:save', {
        text,
        roles: [
          { action: 'merge', roleId: target.id },
          { action: 'new', name: `${second.name} (imported)` },
        ],
      }),
    )
    const preImport = (await listBackups(container.store.filePath)).find(
      (b) => b.kind === 'pre-import',
    )
    if (!preImport) throw new Error('no pre-import backup')
    expect(await lost(container, run.acknowledged, preImport.name)).toEqual([])
    await container.shutdown()
  })

  it('logs a change made during a replace against the replaced data, so Undo writes back what was there', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'export.json')
    const source = await openTestContainer(path.join(dir, 'source'), {
      chooseSavePath: async () => file,
    })
    await value(source, 'progress:set', { key: 'skill:python', notes: 'From the file' })
    await value(source, 'data:export')
    await source.shutdown()
    const container = await openTestContainer(path.join(dir, 'target'), {
      chooseOpenPath: async () => file,
    })
    const answer = await value(container, 'data:previewImport')
    if (!answer.chosen) throw new Error('nothing chosen')
    // Asked in the same turn as the replace: it lands after it, on the file's data.
    const [, set] = await Promise.all([
      value(container, 'data:applyImport', { token: answer.preview.token, mode: 'replace' }),
      value(container, 'progress:set', { key: 'skill:python', status: 'done' }),
    ])
    const [fromFile, mine] = container.store.data.activity
    expect(mine?.before).toEqual(fromFile?.after)
    // The change applies to the file's data: its notes stay.
    expect(set.value).toMatchObject({ status: 'done', notes: 'From the file' })
    await value(container, 'progress:undo', { batchId: set.batchId })
    const python = container.store.data.progress.find((record) => record.key === 'skill:python')
    expect(python).toMatchObject({ status: 'todo', notes: 'From the file' })
    await container.shutdown()
  })
})
