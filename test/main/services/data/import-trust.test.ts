import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../../src/main/app-container'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import type { Channel } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { openTestContainer } from '../../ipc/test-container'
import { userRole, useTempDir } from '../../store/helpers'

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

/** Exports a profile where `skill:python` was set, and returns the file's path and JSON. */
async function exportWithProgress(dir: string): Promise<{ file: string; json: string }> {
  const file = path.join(dir, 'export.json')
  const source = await openTestContainer(path.join(dir, 'source'), {
    chooseSavePath: async () => file,
  })
  await value(source, 'progress:set', { key: 'skill:python', status: 'done' })
  await value(source, 'data:export')
  await source.shutdown()
  return { file, json: await readFile(file, 'utf8') }
}

describe('what an imported data file may bring', () => {
  const tempDir = useTempDir()

  it('refuses bytes that are not UTF-8 instead of storing U+FFFD', async () => {
    const { file, json } = await exportWithProgress(tempDir())
    // "Café" written in Latin-1: the é is one byte 0xE9, which UTF-8 cannot start a letter with.
    const latin1 = Buffer.from(
      json.replace('"settings"', '"note": "Caf\u00e9 plan", "settings"'),
      'latin1',
    )
    await writeFile(file, latin1)
    const container = await openTestContainer(path.join(tempDir(), 'target'), {
      chooseOpenPath: async () => file,
    })
    const result = await call(container, 'data:previewImport')
    expect(result.ok ? null : result.error.message).toBe(
      'This file is not a Role Atlas export: it is not UTF-8 text, so it was damaged or saved in another encoding. Export your data again from Role Atlas and import that file.',
    )
    await container.shutdown()
  })

  it('merges changes that claim a batch of the user own as a batch apart, so Undo keeps them apart', async () => {
    const { file, json } = await exportWithProgress(tempDir())
    const container = await openTestContainer(path.join(tempDir(), 'target'), {
      chooseOpenPath: async () => file,
    })
    const mine = await value<{ batchId: string }>(container, 'progress:set', {
      key: 'skill:sql',
      status: 'learning',
    })
    const forged = JSON.parse(json) as { data: { activity: { batchId: string }[] } }
    for (const event of forged.data.activity) event.batchId = mine.batchId
    await writeFile(file, JSON.stringify(forged))
    const answer = await value<{ preview: { token: string } }>(container, 'data:previewImport')
    await value(container, 'data:applyImport', { token: answer.preview.token, mode: 'merge' })
    const batches = container.store.data.activity.map((event) => event.batchId)
    expect(new Set(batches).size).toBe(2)
    // Undoing the user's own batch leaves the file's change alone.
    await value(container, 'progress:undo', { batchId: mine.batchId })
    const status = (key: string) =>
      container.store.data.progress.find((record) => record.key === key)?.status
    expect(status('skill:sql')).toBe('todo')
    expect(status('skill:python')).toBe('done')
    await container.shutdown()
  })

  it('shows the citation of an article whose id is "__proto__"', async () => {
    const container = await openTestContainer(tempDir())
    const role = userRole('cited-role')
    const cited = {
      ...role,
      sections: {
        ...role.sections,
        skills: role.sections.skills.map((item) => ({
          ...item,
          provenance: { origin: 'import' as const, articleIds: ['__proto__'] },
        })),
      },
    }
    await container.store.update((db) => {
      db.articles.push({ id: '__proto__', title: 'An article named like a prototype' })
      db.roles.push(cited)
    })
    const detail = await value<{ articles: Record<string, { title: string }> }>(
      container,
      'roles:get',
      { id: 'cited-role' },
    )
    expect(Object.keys(detail.articles)).toEqual(['__proto__'])
    expect(Object.getOwnPropertyDescriptor(detail.articles, '__proto__')?.value).toMatchObject({
      title: 'An article named like a prototype',
    })
    await container.shutdown()
  })
})
