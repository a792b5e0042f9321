import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContainer } from '../../../src/main/app-container'
import { invokeChannel } from '../../../src/main/ipc/invoke'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import type { IpcResult } from '@shared/ipc/result'
import { useTempDir } from '../store/helpers'
import { openTestContainer, testDataFile } from './test-container'
import { PLAIN_REFUSAL } from '../../shared/ipc/zod-wording'

const pair = ['ai-programmer', 'data-manager']
const five = [
  'ai-programmer',
  'data-manager',
  'data-operations-manager',
  'machine-learning-engineer',
  'data-operations-specialist',
]
const valid = { roleIds: pair, notes: '', tags: [] }

/** Each bad input with the field the error must name; `id` stands for a saved comparison's id. */
const badInputs: [string, string, Record<string, unknown>][] = [
  ['one role', 'savedComparisons:save', { ...valid, roleIds: ['ai-programmer'] }],
  ['five roles', 'savedComparisons:save', { ...valid, roleIds: five }],
  [
    'a repeated role',
    'savedComparisons:save',
    { ...valid, roleIds: ['ai-programmer', 'ai-programmer'] },
  ],
  ['a 201-character title', 'savedComparisons:save', { ...valid, title: 'x'.repeat(201) }],
  ['a blank title', 'savedComparisons:save', { ...valid, title: '   ' }],
  [
    'notes over 20,000 characters',
    'savedComparisons:save',
    { ...valid, notes: 'x'.repeat(20_001) },
  ],
  ['a 41-character tag', 'savedComparisons:save', { ...valid, tags: ['x'.repeat(41)] }],
  ['an extra field', 'savedComparisons:save', { ...valid, pinned: true }],
  ['one role', 'savedComparisons:update', { id: 'id', roleIds: ['ai-programmer'] }],
  ['five roles', 'savedComparisons:update', { id: 'id', roleIds: five }],
  [
    'a repeated role',
    'savedComparisons:update',
    { id: 'id', roleIds: ['data-manager', 'data-manager'] },
  ],
  ['a 201-character title', 'savedComparisons:update', { id: 'id', title: 'x'.repeat(201) }],
  [
    'notes over 20,000 characters',
    'savedComparisons:update',
    { id: 'id', notes: 'x'.repeat(20_001) },
  ],
  [
    'an extra field',
    'savedComparisons:update',
    { id: 'id', deletedAt: '2026-01-01T00:00:00.000Z' },
  ],
  ['a missing id', 'savedComparisons:delete', {}],
  ['an overlong search', 'savedComparisons:list', { text: 'x'.repeat(201) }],
  ['one role', 'compare:roles', { roleIds: ['ai-programmer'] }],
  ['five roles', 'compare:roles', { roleIds: five }],
  ['a repeated role', 'compare:roles', { roleIds: ['ai-programmer', 'ai-programmer'] }],
  ['the same role twice', 'compare:transition', { fromId: 'data-manager', toId: 'data-manager' }],
  [
    'a role id with path characters',
    'compare:transition',
    { fromId: '../x', toId: 'data-manager' },
  ],
  ['an unknown format', 'compare:export', { roleIds: pair, title: 'T', notes: '', format: 'pdf' }],
  ['five roles', 'compare:export', { roleIds: five, title: 'T', notes: '', format: 'csv' }],
  [
    'a 201-character title',
    'compare:export',
    { roleIds: pair, title: 'x'.repeat(201), notes: '', format: 'csv' },
  ],
]

describe('comparison channels over the real handler table', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => testDataFile(tempDir())
  const reported: unknown[] = []

  function open(): Promise<AppContainer> {
    return openTestContainer(tempDir(), {
      chooseSavePath: async (suggested) => path.join(tempDir(), suggested),
    })
  }

  function call(
    container: AppContainer,
    channel: string,
    input: unknown,
  ): Promise<IpcResult<unknown>> {
    return invokeChannel(container.handlers, channel, input, (_channel, error) =>
      reported.push(error),
    )
  }

  async function saveOne(container: AppContainer): Promise<SavedComparisonView> {
    const result = await call(container, 'savedComparisons:save', { ...valid, tags: ['career'] })
    if (!result.ok) throw new Error(result.error.message)
    return result.value as SavedComparisonView
  }

  it.each(badInputs)('refuses %s on %s and changes nothing', async (_label, channel, input) => {
    const container = await open()
    const saved = await saveOne(container)
    const before = await readFile(dataFile(), 'utf8')
    const withId = input['id'] === 'id' ? { ...input, id: saved.id } : input

    const result = await call(container, channel, withId)

    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(PLAIN_REFUSAL) },
    })
    expect(await readFile(dataFile(), 'utf8')).toBe(before)
    await container.shutdown()
    expect(reported).toEqual([])
  })

  it.each([
    ['savedComparisons:save', { ...valid, roleIds: ['ai-programmer', 'astronaut'] }],
    ['savedComparisons:update', { id: 'id', roleIds: ['astronaut', 'data-manager'] }],
    ['compare:roles', { roleIds: ['ai-programmer', 'astronaut'] }],
    ['compare:transition', { fromId: 'astronaut', toId: 'data-manager' }],
    [
      'compare:export',
      { roleIds: ['astronaut', 'data-manager'], title: 'T', notes: '', format: 'csv' },
    ],
  ])('answers not-found for an unknown role on %s and changes nothing', async (channel, input) => {
    const container = await open()
    const saved = await saveOne(container)
    const before = await readFile(dataFile(), 'utf8')
    const withId = 'id' in input ? { ...input, id: saved.id } : input

    expect(await call(container, channel, withId)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no role with the id "astronaut".' },
    })
    expect(await readFile(dataFile(), 'utf8')).toBe(before)
    await container.shutdown()
  })

  it('answers not-found for an unknown comparison id', async () => {
    const container = await open()
    for (const channel of [
      'savedComparisons:get',
      'savedComparisons:duplicate',
      'savedComparisons:delete',
    ]) {
      expect(await call(container, channel, { id: 'nope' })).toEqual({
        ok: false,
        error: { code: 'not-found', message: 'There is no saved comparison with the id "nope".' },
      })
    }
    await container.shutdown()
  })

  it('saves, lists, edits, deletes and restores through the channels, keeping it on disk', async () => {
    const first = await open()
    const saved = await saveOne(first)
    expect(saved.title).toBe('AI Programmer vs Data Manager')
    const updated = await call(first, 'savedComparisons:update', { id: saved.id, title: 'Renamed' })
    expect(updated).toMatchObject({ ok: true, value: { title: 'Renamed' } })
    expect(await call(first, 'savedComparisons:delete', { id: saved.id })).toEqual({
      ok: true,
      value: undefined,
    })
    expect(await call(first, 'savedComparisons:list', { text: '' })).toEqual({
      ok: true,
      value: [],
    })
    const restored = await call(first, 'savedComparisons:restore', { id: saved.id })
    await first.shutdown()

    const second = await open()
    expect(await call(second, 'savedComparisons:list', { text: 'renamed' })).toEqual({
      ok: true,
      value: [restored.ok && restored.value],
    })
    await second.shutdown()
  })

  it('exports to the chosen path and answers where it went', async () => {
    const container = await open()
    const result = await call(container, 'compare:export', {
      roleIds: pair,
      title: 'AI Programmer vs Data Manager',
      notes: '',
      format: 'markdown',
    })
    const filePath = path.join(tempDir(), 'AI Programmer vs Data Manager.md')
    expect(result).toEqual({ ok: true, value: { saved: true, path: filePath } })
    expect(await readFile(filePath, 'utf8')).toContain('AI Programmer')
    await container.shutdown()
  })
})
