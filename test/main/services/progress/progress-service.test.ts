import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { Store } from '../../../../src/main/store/db'
import { EMPTY_PROGRESS } from '@shared/domain/progress/types'
import { useTempDir } from '../../store/helpers'
import { appError, openServices } from './fixture'

describe('ProgressService', () => {
  const tempDir = useTempDir()

  it('records a change as one edit event in a new batch, with the record, on disk', async () => {
    const { store, progress, clock } = await openServices(tempDir())
    const at = clock.now().toISOString()

    const result = await progress.set({ key: 'skill:python', status: 'learning', level: 2 })

    const after = { status: 'learning', level: 2, notes: '', links: [] }
    expect(result).toEqual({
      value: { key: 'skill:python', ...after, updatedAt: at },
      batchId: 'id-2',
    })
    expect(store.data.activity).toEqual([
      {
        id: 'id-1',
        at,
        key: 'skill:python',
        before: EMPTY_PROGRESS,
        after,
        cause: 'edit',
        batchId: 'id-2',
      },
    ])
    expect(store.data.progress).toEqual([result.value])
    await store.close()
    const reopened = await Store.open(store.filePath)
    expect(reopened.data.progress).toEqual([result.value])
    expect(reopened.data.activity).toHaveLength(1)
    await reopened.close()
  })

  it('keeps the fields a change leaves out, and clears a level with null', async () => {
    const { store, progress, clock } = await openServices(tempDir())
    await progress.set({ key: 'skill:sql', status: 'done', level: 3, notes: 'Joins.' })
    clock.advance(5)
    const links = [{ url: 'https://example.org/sql', label: 'Course' }]
    await progress.set({ key: 'skill:sql', links })
    clock.advance(5)
    const { value } = await progress.set({ key: 'skill:sql', level: null })
    expect(value).toEqual({
      key: 'skill:sql',
      status: 'done',
      level: null,
      notes: 'Joins.',
      links,
      updatedAt: clock.now().toISOString(),
    })
    expect(store.data.activity).toHaveLength(3)
    await store.close()
  })

  it('writes nothing when a change changes nothing, and answers with no batch', async () => {
    const { store, progress, clock } = await openServices(tempDir())
    const first = await progress.set({ key: 'tip:learn-programming', status: 'done' })
    const before = await readFile(store.filePath, 'utf8')
    clock.advance(5)

    expect(await progress.set({ key: 'tip:learn-programming', status: 'done' })).toEqual({
      value: first.value,
      batchId: '',
    })
    expect(await progress.set({ key: 'tip:take-courses', status: 'todo', notes: '' })).toEqual({
      value: {
        key: 'tip:take-courses',
        ...EMPTY_PROGRESS,
        updatedAt: clock.now().toISOString(),
      },
      batchId: '',
    })
    expect(await readFile(store.filePath, 'utf8')).toBe(before)
    expect(store.data.activity).toHaveLength(1)
    await store.close()
  })

  it.each([
    ['tip:learn-programming', { level: 2 }],
    ['tip:learn-programming', { level: null }],
    ['custom:mine', { level: 1 }],
  ] as const)('refuses a level for %s', async (key, patch) => {
    const { store, progress, plans } = await openServices(tempDir())
    await plans.create({ source: { kind: 'empty' } })
    const error = await appError('invalid-input', () => progress.set({ key, ...patch }))
    expect(error.message).toBe('Only skills and tools have a proficiency level.')
    expect(store.data.activity).toEqual([])
    await store.close()
  })

  it.each([
    ['skill:astrophysics', 'There is no skill or tool with the id "astrophysics".'],
    ['tip:fly-to-the-moon', 'There is no practical tip with the id "fly-to-the-moon".'],
    ['custom:nope', 'There is no plan item with the key "custom:nope".'],
  ] as const)('refuses the unknown key %s', async (key, message) => {
    const { store, progress } = await openServices(tempDir())
    const error = await appError('not-found', () => progress.set({ key, status: 'done' }))
    expect(error.message).toBe(message)
    expect(store.data.progress).toEqual([])
    await store.close()
  })

  it('accepts custom keys of plans that are shown, not deleted ones', async () => {
    const { store, progress, plans } = await openServices(tempDir())
    const list = await plans.addItem({
      id: (await plans.create({ source: { kind: 'empty' } })).id,
      label: 'Read a statistics book',
    })
    const key = list.items[0]?.key ?? 'custom:missing'
    await progress.set({ key, status: 'learning' })
    await plans.delete(list.id)
    await appError('not-found', () => progress.set({ key, status: 'done' }))
    expect(store.data.progress.map((record) => record.status)).toEqual(['learning'])
    await store.close()
  })

  it.each([
    ['notes over 20,000 characters', { notes: 'x'.repeat(20_001) }],
    ['a javascript: link', { links: [{ url: 'javascript:alert(1)', label: '' }] }],
    ['an ftp: link', { links: [{ url: 'ftp://example.org/file', label: '' }] }],
  ])('refuses %s with invalid-input and changes nothing', async (_label, patch) => {
    const { store, progress } = await openServices(tempDir())
    await appError('invalid-input', () => progress.set({ key: 'skill:python', ...patch }))
    expect(store.data.activity).toEqual([])
    await store.close()
  })

  it('undoes a batch exactly, logging undo events, and does nothing the second time', async () => {
    const { store, progress, clock } = await openServices(tempDir())
    await progress.set({ key: 'skill:python', status: 'learning', level: 1, notes: 'Started.' })
    clock.advance(5)
    const change = await progress.set({ key: 'skill:python', status: 'done', level: 3 })
    clock.advance(5)

    const undone = await progress.undo(change.batchId)

    expect(undone.value).toBeNull()
    const last = store.data.activity.at(-1)
    expect(last).toMatchObject({
      key: 'skill:python',
      cause: 'undo',
      batchId: undone.batchId,
      after: { status: 'learning', level: 1, notes: 'Started.', links: [] },
    })
    expect(store.data.progress).toEqual([
      {
        key: 'skill:python',
        status: 'learning',
        level: 1,
        notes: 'Started.',
        links: [],
        updatedAt: clock.now().toISOString(),
      },
    ])
    const before = await readFile(store.filePath, 'utf8')
    expect(await progress.undo(change.batchId)).toEqual({ value: null, batchId: '' })
    expect(await readFile(store.filePath, 'utf8')).toBe(before)

    // An undo is a batch too: undoing it redoes the change.
    await progress.undo(undone.batchId)
    expect(store.data.progress[0]).toMatchObject({ status: 'done', level: 3 })
    await store.close()
  })

  it('answers not-found for a batch the log does not hold', async () => {
    const { store, progress } = await openServices(tempDir())
    const error = await appError('not-found', () => progress.undo('nope'))
    expect(error.message).toBe('There is no change with the id "nope" to undo.')
    await store.close()
  })

  it('reports readiness for every role in the library, shared by key', async () => {
    const { store, progress } = await openServices(tempDir())
    const before = progress.readiness()
    expect(before.map((readiness) => readiness.roleId).sort()).toEqual(
      store.data.roles.map((role) => role.id).sort(),
    )
    await progress.set({ key: 'skill:python', status: 'done' })
    await progress.set({ key: 'tip:build-portfolio', status: 'done' })
    const after = progress.readiness()
    for (const role of ['ai-programmer', 'machine-learning-engineer']) {
      const was = before.find((readiness) => readiness.roleId === role)
      const now = after.find((readiness) => readiness.roleId === role)
      expect(now?.skills.done).toBe((was?.skills.done ?? 0) + 1)
      expect(now?.tips.done).toBe((was?.tips.done ?? 0) + 1)
      expect(now?.percent).toBeGreaterThan(0)
    }
    expect(after.find((readiness) => readiness.roleId === 'data-manager')?.skills.done).toBe(0)
    await store.close()
  })
})
