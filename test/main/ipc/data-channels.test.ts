import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../src/main/app-container'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import { listBackups } from '../../../src/main/store/backups'
import type { Channel, OutputOf } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { useTempDir } from '../store/helpers'
import { openTestContainer } from './test-container'

async function call<C extends Channel>(
  container: AppContainer,
  channel: C,
  input?: unknown,
): Promise<IpcResult<OutputOf<C>>> {
  return (await invokeChannel(container.handlers, channel, input, () => undefined)) as IpcResult<
    OutputOf<C>
  >
}

async function value<C extends Channel>(
  container: AppContainer,
  channel: C,
  input?: unknown,
): Promise<OutputOf<C>> {
  const result = await call(container, channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

/** A container whose save dialog saves into `dir/exports` and whose open dialog answers `opens`. */
function open(dir: string, opens: string[] = []): Promise<AppContainer> {
  return openTestContainer(dir, {
    chooseSavePath: async (name) => path.join(dir, name),
    chooseOpenPath: async () => opens.shift() ?? null,
  })
}

async function makeSomething(container: AppContainer): Promise<void> {
  await value(container, 'savedComparisons:save', {
    title: 'Two roles',
    roleIds: ['ai-programmer', 'data-manager'],
    notes: '',
    tags: ['move'],
  })
  const plan = await value(container, 'plans:create', {
    source: { kind: 'role', roleId: 'ai-programmer' },
  })
  const [first] = plan.items
  if (!first) throw new Error('empty plan')
  await value(container, 'progress:set', { key: first.key, status: 'done' })
}

describe('data channels', () => {
  const tempDir = useTempDir()

  it('exports, previews and merges into a fresh profile, which then exports the same data', async () => {
    const source = await open(path.join(tempDir(), 'a'))
    await makeSomething(source)
    const exported = await value(source, 'data:export')
    await source.shutdown()
    if (!exported.saved) throw new Error('not saved')
    expect(exported.counts).toMatchObject({
      comparisons: 1,
      plans: 1,
      progress: 1,
      activity: 1,
    })
    expect(path.basename(exported.path)).toMatch(/^Role Atlas data \d{4}-\d{2}-\d{2}\.json$/)

    const target = await open(path.join(tempDir(), 'b'), [exported.path])
    const answer = await value(target, 'data:previewImport')
    if (!answer.chosen) throw new Error('nothing chosen')
    expect(answer.preview.counts).toEqual(exported.counts)
    expect(answer.preview.merge.comparisons.added).toBe(1)
    const result = await value(target, 'data:applyImport', {
      token: answer.preview.token,
      mode: 'merge',
    })
    expect(result.changes.progress.added).toBe(1)
    expect((await listBackups(target.store.filePath)).map((b) => b.name)).toContain(result.backupId)
    const again = await value(target, 'data:export')
    await target.shutdown()
    if (!again.saved) throw new Error('not saved')
    const data = async (file: string): Promise<unknown> =>
      JSON.parse(await readFile(file, 'utf8')).data
    expect(await data(again.path)).toEqual(await data(exported.path))
  })

  it('refuses a file from a newer app, names both versions, and changes nothing', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'newer.json')
    await writeFile(
      file,
      JSON.stringify({
        format: 'role-atlas-export',
        version: 1,
        schemaVersion: 6,
        appVersion: '0.3.0',
        exportedAt: '2027-01-01T00:00:00.000Z',
        data: {},
      }),
    )
    const container = await open(dir, [file])
    const before = container.store.data
    const result = await call(container, 'data:previewImport')
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'This file was exported by Role Atlas 0.3.0 (data version 6); this copy is 0.0.0-test and reads up to data version 5.',
      },
    })
    expect(container.store.data).toBe(before)
    await container.shutdown()
  })

  it('refuses an unknown or used import token without writing', async () => {
    const container = await open(tempDir())
    const before = container.store.data
    const result = await call(container, 'data:applyImport', { token: 'nope', mode: 'replace' })
    expect(result.ok ? null : result.error.code).toBe('not-found')
    expect(container.store.data).toBe(before)
    await container.shutdown()
  })

  it('lists backups with what they hold and restores one after backing up the current state', async () => {
    const container = await open(tempDir())
    const [daily] = await value(container, 'backups:list')
    expect(daily).toMatchObject({ kind: 'daily', contents: { readable: true } })
    await makeSomething(container)

    const restored = await value(container, 'backups:restore', { id: daily?.id })
    expect(container.store.data.comparisons).toEqual([])
    expect(container.store.data.roles.length).toBeGreaterThan(0)
    const listed = await value(container, 'backups:list')
    const safety = listed.find((backup) => backup.id === restored.safetyBackupId)
    expect(safety).toMatchObject({
      kind: 'pre-restore',
      contents: { readable: true, counts: { comparisons: 1, plans: 1 } },
    })

    await value(container, 'backups:restore', { id: restored.safetyBackupId })
    expect(container.store.data.comparisons).toHaveLength(1)
    const missing = await call(container, 'backups:restore', { id: '../role-atlas.json' })
    expect(missing.ok ? null : missing.error.code).toBe('not-found')
    await container.shutdown()
  })

  it('exports a plan as Markdown and CSV with the status from progress', async () => {
    const dir = tempDir()
    const container = await open(dir)
    await makeSomething(container)
    const [plan] = await value(container, 'plans:list', { includeArchived: false })
    const markdown = await value(container, 'plans:export', {
      id: plan?.id,
      format: 'markdown',
    })
    const csv = await value(container, 'plans:export', { id: plan?.id, format: 'csv' })
    await container.shutdown()
    if (!markdown.saved || !csv.saved) throw new Error('not saved')
    expect(path.basename(markdown.path)).toBe(`${plan?.title}.md`)
    expect(await readFile(markdown.path, 'utf8')).toMatch(/^- \[x\] .+ — Done$/m)
    expect((await readFile(csv.path, 'utf8')).split('\r\n')[1]).toMatch(/,Done,/)
  })
})
