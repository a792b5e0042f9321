import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../../src/main/app-container'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import type { Channel } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { openTestContainer } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'

// Written by release 0.1.0, its plans still under `checklists` (rename:keep); "legacy" in its
// name keeps the rename codemod off the file.
const RELEASE_0_1_0_EXPORT = path.resolve(
  import.meta.dirname,
  '../../../fixtures/exports/legacy-merged-log-0.1.0.json',
)

function call(container: AppContainer, channel: Channel, input?: unknown) {
  return invokeChannel(container.handlers, channel, input, () => undefined) as Promise<
    IpcResult<unknown>
  >
}

async function value<T>(container: AppContainer, channel: Channel, input?: unknown): Promise<T> {
  const result = await call(container, channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

interface LoggedEvent {
  key: string
  before: { status: string }
  after: { status: string }
  origin?: string
}
type ExportJson = { data: { activity: LoggedEvent[] } }

describe('the activity history an imported data file brings', () => {
  const tempDir = useTempDir()
  const exportPaths = new Map<string, string>()
  const open = (name: string, importFrom?: string, version?: string): Promise<AppContainer> =>
    openTestContainer(path.join(tempDir(), name), {
      chooseSavePath: async () => exportPaths.get(name) ?? null,
      chooseOpenPath: async () => importFrom ?? null,
      ...(version !== undefined && { version }),
    })
  const exportFrom = async (container: AppContainer, name: string): Promise<ExportJson> => {
    const file = path.join(tempDir(), `${name}.json`)
    exportPaths.set(name, file)
    await value(container, 'data:export')
    return JSON.parse(await readFile(file, 'utf8')) as ExportJson
  }

  it('marks each change with the copy of the data that made it, and exports the mark', async () => {
    const container = await open('copy')
    await value(container, 'progress:set', { key: 'skill:python', status: 'learning' })
    await value(container, 'progress:set', { key: 'skill:python', status: 'done' })
    const origin = container.services.sync.deviceId
    expect(container.store.data.activity.map((event) => event.origin)).toEqual([origin, origin])
    const exported = await exportFrom(container, 'copy')
    expect(exported.data.activity.map((event) => event.origin)).toEqual([origin, origin])
    await container.shutdown()
  })

  it('refuses a file whose history was forged, saying for how many items', async () => {
    const source = await open('forger')
    for (const key of ['skill:python', 'skill:sql', 'skill:r']) {
      await value(source, 'progress:set', { key, status: 'learning' })
      await value(source, 'progress:set', { key, status: 'done' })
    }
    const forged = await exportFrom(source, 'forger')
    await source.shutdown()
    // Undo of the second change would write back "skipped", a value these items never had.
    for (const event of forged.data.activity) {
      if (event.after.status === 'done' && event.key !== 'skill:r') event.before.status = 'skipped'
    }
    const file = path.join(tempDir(), 'forged.json')
    await writeFile(file, JSON.stringify(forged))
    const target = await open('target', file)
    const result = await call(target, 'data:previewImport')
    expect(result.ok ? 'imported' : result.error.message).toContain(
      'Its activity log does not hold together for 2 progress items: a logged change starts from a value the item never had.',
    )
    expect(target.store.data.activity).toEqual([])
    await target.shutdown()
  })

  it('takes a merge of two copies’ histories of one item, and its export imports again', async () => {
    // Two copies change the same item their own ways; the second then merges the first's
    // file, and goes on from the value it brought. The merged log interleaves two chains,
    // which a check per item alone would refuse.
    const second = await open('second', path.join(tempDir(), 'first.json'))
    await value(second, 'progress:set', { key: 'skill:python', status: 'learning' })
    const first = await open('first')
    await value(first, 'progress:set', { key: 'skill:python', status: 'done' })
    await exportFrom(first, 'first')
    await first.shutdown()
    const merging = second
    const preview = await value<{ preview: { token: string } }>(merging, 'data:previewImport')
    await value(merging, 'data:applyImport', { token: preview.preview.token, mode: 'merge' })
    await value(merging, 'progress:set', { key: 'skill:python', status: 'skipped' })
    const merged = await exportFrom(merging, 'second')
    expect(
      merged.data.activity.map((event) => `${event.before.status}→${event.after.status}`),
    ).toEqual(['todo→learning', 'todo→done', 'done→skipped'])
    expect(new Set(merged.data.activity.map((event) => event.origin)).size).toBe(2)
    await merging.shutdown()

    const third = await open('third', exportPaths.get('second'))
    const again = await call(third, 'data:previewImport')
    expect(again.ok ? 'accepted' : again.error.message).toBe('accepted')
    await third.shutdown()
  })

  it('imports an export of release 0.1.0, whose merged log marks no copy', async () => {
    const fixture = JSON.parse(await readFile(RELEASE_0_1_0_EXPORT, 'utf8')) as ExportJson
    expect(fixture.data.activity.every((event) => event.origin === undefined)).toBe(true)
    const container = await open('upgraded', RELEASE_0_1_0_EXPORT, '0.1.0')
    const preview = await value<{ preview: { token: string } }>(container, 'data:previewImport')
    await value(container, 'data:applyImport', { token: preview.preview.token, mode: 'replace' })
    expect(container.store.data.activity).toHaveLength(fixture.data.activity.length)
    await container.shutdown()
  })
})
