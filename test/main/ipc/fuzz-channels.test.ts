import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../src/main/app-container'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import { channels, contract, type Channel } from '@shared/ipc/contract'
import type { ErrorCode } from '@shared/ipc/result'
import { ZOD_WORDING } from '../../shared/ipc/zod-wording'
import { shapedLike, type KnownValues } from './fuzz-inputs'
import { openTestContainer, testDataFile } from './test-container'

/** Runs per channel; `ROLE_ATLAS_FUZZ_RUNS=20000 npx vitest run …` for a longer hunt. */
const RUNS = Number(process.env['ROLE_ATLAS_FUZZ_RUNS'] ?? 500)

/** Codes an input may be answered with; `internal` means the app broke, never the input. */
const inputErrorCodes: ErrorCode[] = ['invalid-input', 'not-found', 'forbidden', 'rejected-url']

/**
 * Channels whose valid input only a dialog can produce (the token of a file the user picked
 * in the open dialog, which the test container cancels) or an earlier import, so no fuzzed
 * input is ever accepted; the fuzzer still checks that they refuse everything cleanly.
 */
const unreachable = new Set<Channel>([
  'data:applyImport',
  // These act on roles and articles an import made, and the fresh container has none.
  'articleImport:renameRole',
  'articleImport:deleteRole',
  'articleImport:removeArticle',
])

const areaOf = (channel: Channel): string => channel.slice(0, channel.indexOf(':'))

/** What identifies the data file's current version: a write replaces the file (a new inode). */
async function fileVersion(file: string): Promise<string> {
  const info = await stat(file)
  return `${info.ino}:${info.size}:${info.mtimeMs}`
}

/** A short article in the importer's format, so `import:*` calls get past "not an article". */
const ARTICLE = [
  'Data Analyst vs. Data Engineer',
  '',
  'Two jobs that keep a company honest about its numbers, set side by side.',
  '',
  'Responsibilities',
  '',
  'Data Analyst Responsibilities',
  '',
  '  • Answer questions from the sales team with SQL',
  '  • Present weekly figures to managers',
  '',
  'Data Engineer Responsibilities',
  '',
  '  • Build pipelines that load raw events every hour',
  '  • Keep the warehouse tables tested and documented',
  '',
].join('\n')

/** Ids that exist in a profile with a little history, by the field names that take them. */
async function seedHistory(container: AppContainer): Promise<KnownValues> {
  const call = async (channel: Channel, input: unknown): Promise<Record<string, unknown>> => {
    const result = await invokeChannel(container.handlers, channel, input, () => undefined)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as Record<string, unknown>
  }
  const roleIds = container.store.data.roles.slice(0, 6).map((role) => role.id)
  const [first = '', second = ''] = roleIds
  const comparison = await call('savedComparisons:save', {
    roleIds: [first, second],
    notes: '',
    tags: [],
  })
  const plan = await call('plans:create', { source: { kind: 'role', roleId: first } })
  const added = await call('plans:addItem', {
    id: plan['id'],
    label: 'Write a blog post',
  })
  const itemKeys = ((added['items'] as { key: string }[] | undefined) ?? []).map((item) => item.key)
  const progress = await call('progress:set', { key: 'skill:python', status: 'learning' })
  const imported = await call('articleImport:save', {
    text: ARTICLE,
    roles: [
      { action: 'new', name: 'Fuzzed Analyst' },
      { action: 'new', name: 'Fuzzed Engineer' },
    ],
  })
  const backups = (await call('backups:list', undefined)) as unknown as { id: string }[]
  const entities = (await call('taxonomy:list', undefined)) as unknown as { id: string }[]
  const progressKeys = entities.slice(0, 12).map((entity) => `skill:${entity.id}`)
  const backupIds = backups.map((backup) => backup.id)
  const comparisonId = String(comparison['id'])
  const planId = String(plan['id'])
  return {
    '*.roleId': roleIds,
    '*.roleIds': roleIds,
    '*.fromId': roleIds,
    '*.toId': roleIds,
    '*.id': [comparisonId, planId, ...backupIds, ...roleIds],
    'roles.id': roleIds,
    'savedComparisons.id': [comparisonId],
    'plans.id': [planId],
    'backups.id': backupIds,
    '*.key': progressKeys,
    '*.keys': progressKeys,
    'plans.key': [...itemKeys.filter((key) => key.startsWith('custom:')), ...itemKeys.slice(0, 3)],
    '*.text': ['data', 'python', ''],
    'articleImport.text': [ARTICLE],
    '*.batchId': [String(progress['batchId'])],
    '*.undoId': [String(imported['undoId'])],
    // The first names a role the seeded import made (a new role by it is refused); the others
    // are free, so a fuzzed import's new roles are accepted now and then.
    '*.name': ['Fuzzed Analyst', 'Fuzzed Scientist', 'Fuzzed Architect'],
    '*.url': ['https://example.org/roles', 'http://example.org/'],
  }
}

describe('every contract channel under arbitrary input', () => {
  const acceptedBy = new Map<Channel, number>()

  afterAll(() => {
    const accepted = [...acceptedBy.values()].reduce((sum, count) => sum + count, 0)
    process.stdout.write(
      `channel fuzzing: ${acceptedBy.size} channels × ${RUNS} runs, ` +
        `${accepted} accepted and ${acceptedBy.size * RUNS - accepted} refused, none internal\n`,
    )
  })

  it.each(channels)(
    '%s answers a value or a typed error, and writes nothing when it refuses',
    async (channel) => {
      // Each channel gets its own profile with a little history, so what one channel did
      // (a restore, a delete) does not decide what the next one can reach.
      const dir = await mkdtemp(path.join(tmpdir(), 'role-atlas-fuzz-'))
      const container = await openTestContainer(dir)
      let accepted = 0
      try {
        const known = await seedHistory(container)
        const input = fc.oneof(
          { weight: 3, arbitrary: shapedLike(contract[channel].input, known, areaOf(channel)) },
          { weight: 1, arbitrary: fc.anything() },
        )
        await fc.assert(
          fc.asyncProperty(input, async (payload) => {
            const dataBefore = container.store.data
            const fileBefore = await fileVersion(testDataFile(dir))
            const unexpected: unknown[] = []
            const result = await invokeChannel(container.handlers, channel, payload, (_, error) =>
              unexpected.push(error),
            )
            expect(unexpected).toEqual([])
            if (result.ok) {
              accepted++
              return
            }
            expect(inputErrorCodes).toContain(result.error.code)
            expect(result.error.message).toMatch(/\S/)
            expect(result.error.message).not.toMatch(/\n\s+at /)
            expect(result.error.message).not.toMatch(ZOD_WORDING)
            expect(container.store.data).toBe(dataBefore)
            expect(await fileVersion(testDataFile(dir))).toBe(fileBefore)
          }),
          { numRuns: RUNS },
        )
      } finally {
        await container.shutdown()
        await rm(dir, { recursive: true, force: true })
      }
      acceptedBy.set(channel, accepted)
      // Shaped inputs must get past validation now and then, or the handler was never fuzzed.
      if (!unreachable.has(channel)) expect(accepted).toBeGreaterThan(0)
    },
    RUNS * 200,
  )
})
