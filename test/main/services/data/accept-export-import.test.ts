import { readFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../../src/main/app-container'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import type { Channel } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { openTestContainer } from '../../ipc/test-container'
import { userRole, useTempDir } from '../../store/helpers'
import { EXPORT_RECORDS_MAX } from '@shared/domain/data-transfer/limits'

/** Profiles per run; each opens three containers, so keep it modest by default. */
const RUNS = Number(process.env['ROLE_ATLAS_FUZZ_RUNS'] ?? 30)

async function call(
  container: AppContainer,
  channel: Channel,
  input?: unknown,
): Promise<IpcResult<unknown>> {
  const unexpected: unknown[] = []
  const result = await invokeChannel(container.handlers, channel, input, (_, error) =>
    unexpected.push(error),
  )
  // A refusal must be a sentence, never an internal error.
  expect(unexpected).toEqual([])
  return result
}

/** Any text, short or at and past every limit, with the characters that break things. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom('__proto__', 'constructor', '\u202eexe.txt', 'a\u200bb', '\ud800', ' '),
  fc.integer({ min: 100, max: 25_000 }).map((n) => 'x'.repeat(n)),
)

const ROLES = ['ai-programmer', 'data-manager', 'data-scientist'] as const

/** One thing a user can do that the export carries, with whatever text they typed. */
const action = fc.oneof(
  fc.record({
    channel: fc.constant('savedComparisons:save' as const),
    input: fc.record({
      title: text,
      roleIds: fc.constant(['ai-programmer', 'data-manager']),
      notes: text,
      tags: fc.array(text, { maxLength: 3 }),
    }),
  }),
  fc.record({
    channel: fc.constant('plans:create' as const),
    input: fc.record({
      source: fc.constantFrom(...ROLES).map((roleId) => ({ kind: 'role', roleId })),
      title: text,
    }),
  }),
  fc.record({
    channel: fc.constant('plans:addItem' as const),
    input: fc.record({ label: text }),
  }),
  fc.record({
    channel: fc.constant('progress:set' as const),
    input: fc.record({
      key: fc.constantFrom('skill:python', 'skill:sql'),
      notes: text,
      links: fc.array(fc.record({ url: fc.oneof(fc.webUrl(), text), label: text }), {
        maxLength: 2,
      }),
    }),
  }),
  fc.record({
    channel: fc.constant('articleImport:save' as const),
    input: fc.record({ names: fc.tuple(text, text) }),
  }),
)

describe('anything the app accepts, it exports, and that export imports again', () => {
  const tempDir = useTempDir()

  it('holds for any sequence of accepted changes with any text', async () => {
    const article = await readFile(
      path.resolve(import.meta.dirname, '../../../fixtures/articles/grouped-by-section.txt'),
      'utf8',
    )
    let run = 0
    let accepted = 0
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 6 }), async (actions) => {
        const dir = path.join(tempDir(), String(run++))
        const exportFile = path.join(dir, 'export.json')
        const source = await openTestContainer(path.join(dir, 'source'), {
          chooseSavePath: async () => exportFile,
        })
        try {
          let planId: string | null = null
          for (const { channel, input } of actions) {
            let result: IpcResult<unknown>
            if (channel === 'plans:addItem') {
              if (planId === null) continue
              result = await call(source, channel, { id: planId, ...input })
            } else if (channel === 'articleImport:save') {
              result = await call(source, channel, {
                text: article,
                roles: input.names.map((name) => ({ action: 'new', name })),
              })
            } else {
              result = await call(source, channel, input)
            }
            if (!result.ok) continue
            accepted++
            if (channel === 'plans:create') planId = (result.value as { id: string }).id
          }
          const exported = await call(source, 'data:export')
          expect(exported).toMatchObject({ ok: true, value: { saved: true } })
        } finally {
          await source.shutdown()
        }

        const target = await openTestContainer(path.join(dir, 'target'), {
          chooseOpenPath: async () => exportFile,
        })
        try {
          const preview = await call(target, 'data:previewImport')
          if (!preview.ok) throw new Error(preview.error.message)
          const { token } = (preview.value as { preview: { token: string } }).preview
          const applied = await call(target, 'data:applyImport', { token, mode: 'replace' })
          expect(applied.ok).toBe(true)
        } finally {
          await target.shutdown()
        }
      }),
      { numRuns: RUNS },
    )
    // Most generated changes are within the limits and accepted; the property is not vacuous.
    expect(accepted).toBeGreaterThan(RUNS)
  }, 120_000)

  it('refuses a merge whose result no export could carry, and changes nothing', async () => {
    const dir = tempDir()
    const half = Math.ceil(EXPORT_RECORDS_MAX.roles / 2) + 1
    const roles = (prefix: string) =>
      Array.from({ length: half }, (_, i) => userRole(`${prefix}-${i}`, `${prefix} ${i}`))
    const exportFile = path.join(dir, 'export.json')
    const source = await openTestContainer(path.join(dir, 'source'), {
      chooseSavePath: async () => exportFile,
    })
    await source.store.update((db) => {
      db.roles.push(...roles('theirs'))
    })
    expect((await call(source, 'data:export')).ok).toBe(true)
    await source.shutdown()

    const target = await openTestContainer(path.join(dir, 'target'), {
      chooseOpenPath: async () => exportFile,
    })
    await target.store.update((db) => {
      db.roles.push(...roles('mine'))
    })
    const before = target.store.data
    const preview = await call(target, 'data:previewImport')
    if (!preview.ok) throw new Error(preview.error.message)
    const { token } = (preview.value as { preview: { token: string } }).preview
    const merged = await call(target, 'data:applyImport', { token, mode: 'merge' })
    expect(merged).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Merging this file would make ${(half * 2).toLocaleString('en')} roles of your own (at most ${EXPORT_RECORDS_MAX.roles.toLocaleString('en')}), more than one export file can carry, so your data could no longer be exported and imported again. Replace instead, or merge a smaller file.`,
      },
    })
    expect(target.store.data).toBe(before)
    await target.shutdown()
  }, 60_000)
})
