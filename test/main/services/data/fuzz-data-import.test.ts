import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../../src/main/app-container'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import { CURRENT_SCHEMA_VERSION, DbSchema } from '../../../../src/main/store/schema'
import { readExport } from '@shared/domain/data-transfer'
import type { Channel } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { openTestContainer, testDataFile } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'

/** Runs per property; `ROLE_ATLAS_FUZZ_RUNS=5000 npx vitest run …` for a longer hunt. */
const RUNS = Number(process.env['ROLE_ATLAS_FUZZ_RUNS'] ?? 300)

async function call(container: AppContainer, channel: Channel, input: unknown) {
  const unexpected: unknown[] = []
  const result = await invokeChannel(container.handlers, channel, input, (_, error) =>
    unexpected.push(error),
  )
  expect(unexpected).toEqual([])
  return result
}

function valueOf<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

/** A profile with some of everything an export carries, exported through `data:export`. */
async function exportWithHistory(dir: string): Promise<Buffer> {
  const exportFile = path.join(dir, 'export.json')
  const container = await openTestContainer(path.join(dir, 'source'), {
    chooseSavePath: async () => exportFile,
  })
  const [first = '', second = ''] = container.store.data.roles.map((role) => role.id)
  valueOf(
    await call(container, 'savedComparisons:save', {
      roleIds: [first, second],
      notes: 'Both',
      tags: ['x'],
    }),
  )
  const list = valueOf<{ id: string }>(
    await call(container, 'plans:create', { source: { kind: 'role', roleId: first } }),
  )
  valueOf(await call(container, 'plans:addItem', { id: list.id, label: 'Read a book on SQL' }))
  valueOf(await call(container, 'progress:set', { key: 'skill:python', status: 'done' }))
  valueOf(await call(container, 'data:export', undefined))
  await container.shutdown()
  return readFile(exportFile)
}

/** Any damage to a valid file: cut short, bytes flipped, bytes inserted or removed. */
function damaged(valid: Buffer): fc.Arbitrary<Buffer> {
  const index = fc.nat({ max: valid.length - 1 })
  const flips = fc.array(fc.tuple(index, fc.integer({ min: 1, max: 255 })), {
    minLength: 1,
    maxLength: 8,
  })
  return fc.oneof(
    index.map((length) => valid.subarray(0, length)),
    flips.map((changes) => {
      const copy = Buffer.from(valid)
      for (const [at, mask] of changes) copy[at] = (copy[at] ?? 0) ^ mask
      return copy
    }),
    fc
      .tuple(index, fc.uint8Array({ minLength: 1, maxLength: 16 }))
      .map(([at, bytes]) => Buffer.concat([valid.subarray(0, at), bytes, valid.subarray(at)])),
    fc
      .tuple(index, fc.integer({ min: 1, max: 64 }))
      .map(([at, count]) => Buffer.concat([valid.subarray(0, at), valid.subarray(at + count)])),
  )
}

describe('the data-import decoder under damaged and arbitrary files', () => {
  const tempDir = useTempDir()

  it('refuses a valid export cut at every length with a sentence, never a throw', async () => {
    const valid = (await exportWithHistory(tempDir())).toString('utf8')
    const context = {
      appVersion: '0.0.0-test',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      library: { roleIds: new Set<string>(), articleIds: new Set<string>() },
      settings: DbSchema.shape.settings,
    }
    const whole = JSON.parse(valid) as unknown
    for (let length = 0; length < valid.length; length++) {
      const cut = valid.slice(0, length)
      const read = readExport(cut, context)
      // Only the file without its final newline is still the whole export.
      if (read.ok) expect(JSON.parse(cut)).toEqual(whole)
      else expect(read.message).toMatch(/^This .*\S/)
    }
  }, 60_000)

  it('previews (and then merges) or refuses every damaged file, a refusal changing nothing', async () => {
    const valid = await exportWithHistory(tempDir())
    const picked = path.join(tempDir(), 'picked.json')
    const container = await openTestContainer(path.join(tempDir(), 'target'), {
      chooseOpenPath: async () => picked,
    })
    const inputs = fc.oneof(
      { weight: 4, arbitrary: damaged(valid) },
      {
        weight: 1,
        arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
      },
      { weight: 1, arbitrary: fc.json().map((json) => Buffer.from(json)) },
    )
    let previewed = 0
    try {
      await fc.assert(
        fc.asyncProperty(inputs, async (bytes) => {
          await writeFile(picked, bytes)
          const dataBefore = container.store.data
          const fileBefore = (await stat(testDataFile(path.join(tempDir(), 'target')))).mtimeMs
          const result = await call(container, 'data:previewImport', undefined)
          expect(container.store.data).toBe(dataBefore)
          expect((await stat(testDataFile(path.join(tempDir(), 'target')))).mtimeMs).toBe(
            fileBefore,
          )
          if (result.ok) {
            previewed++
            // What previews cleanly must also merge: the preview checked all of it.
            const { preview } = valueOf<{ preview: { token: string } }>(result)
            const merge = { token: preview.token, mode: 'merge' }
            expect(await call(container, 'data:applyImport', merge)).toMatchObject({ ok: true })
            return
          }
          expect(result.error.code).toBe('invalid-input')
          expect(result.error.message).toMatch(/\S/)
          expect(result.error.message).not.toMatch(/\n\s+at /)
        }),
        { numRuns: RUNS },
      )
    } finally {
      await container.shutdown()
    }
    // Some damage leaves a usable file (a flipped letter in a note), which must preview.
    expect(previewed).toBeGreaterThan(0)
  }, 60_000)
})
