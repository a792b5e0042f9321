import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  SavedComparisonsService,
  RESTORABLE_FOR_MS,
} from '../../../../src/main/services/saved-comparisons/saved-comparisons-service'
import { Store } from '../../../../src/main/store/db'
import { AppError } from '@shared/ipc/result'
import { userRole, useTempDir } from '../../store/helpers'

const DAY_MS = 24 * 60 * 60 * 1000

/** A clock that stands still until a test moves it. */
function testClock(start = '2026-11-23T12:00:00.000Z'): {
  now: () => Date
  advance(ms: number): void
} {
  let time = Date.parse(start)
  return {
    now: () => new Date(time),
    advance: (ms) => {
      time += ms
    },
  }
}

const roles = [
  userRole('ai-programmer', 'AI Programmer'),
  userRole('data-manager', 'Data Manager'),
  userRole('ml-engineer', 'Machine Learning Engineer'),
]

describe('SavedComparisonsService', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')

  async function setUp(): Promise<{
    store: Store
    service: SavedComparisonsService
    clock: ReturnType<typeof testClock>
  }> {
    const store = await Store.open(dataFile())
    await store.update((db) => {
      db.roles = structuredClone(roles)
    })
    const clock = testClock()
    return { store, service: new SavedComparisonsService(store, { now: clock.now }), clock }
  }

  function notFound(run: () => unknown): AppError {
    try {
      run()
    } catch (error) {
      if (error instanceof AppError && error.code === 'not-found') return error
      throw error
    }
    throw new Error('expected a not-found AppError')
  }

  it('saves a comparison named after its roles, with tidy tags, and writes it to disk', async () => {
    const { store, service } = await setUp()
    const saved = await service.save({
      roleIds: ['ai-programmer', 'data-manager'],
      notes: 'Leaning towards data.',
      tags: [' career ', 'Career', 'shortlist', 'SHORTLIST'],
    })
    expect(saved).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'AI Programmer vs Data Manager',
      roleIds: ['ai-programmer', 'data-manager'],
      roleNames: ['AI Programmer', 'Data Manager'],
      notes: 'Leaning towards data.',
      tags: ['career', 'shortlist'],
      createdAt: '2026-11-23T12:00:00.000Z',
      updatedAt: '2026-11-23T12:00:00.000Z',
      missingRoleIds: [],
    })
    const onDisk = JSON.parse(await readFile(dataFile(), 'utf8')) as { comparisons: unknown[] }
    expect(onDisk.comparisons).toEqual([
      {
        id: saved.id,
        title: saved.title,
        roleIds: saved.roleIds,
        roleNames: saved.roleNames,
        notes: saved.notes,
        tags: saved.tags,
        createdAt: saved.createdAt,
        updatedAt: saved.updatedAt,
      },
    ])
    expect(service.get(saved.id)).toEqual(saved)
    await store.close()
  })

  it('names three roles "A vs B vs C" and keeps a title the user gave', async () => {
    const { store, service } = await setUp()
    const three = await service.save({
      roleIds: ['ml-engineer', 'ai-programmer', 'data-manager'],
      notes: '',
      tags: [],
    })
    expect(three.title).toBe('Machine Learning Engineer vs AI Programmer vs Data Manager')
    const named = await service.save({
      title: 'My shortlist',
      roleIds: ['ai-programmer', 'data-manager'],
      notes: '',
      tags: [],
    })
    expect(named.title).toBe('My shortlist')
    expect(named.id).not.toBe(three.id)
    await store.close()
  })

  it('refuses to save an unknown role, naming it, and changes nothing', async () => {
    const { store, service } = await setUp()
    const before = store.data
    await expect(
      service.save({ roleIds: ['ai-programmer', 'astronaut'], notes: '', tags: [] }),
    ).rejects.toThrow(new AppError('not-found', 'There is no role with the id "astronaut".'))
    expect(store.data).toBe(before)
    await store.close()
  })

  it('lists by last change, newest first, then by title, without deleted ones', async () => {
    const { store, service, clock } = await setUp()
    const pair = { roleIds: ['ai-programmer', 'data-manager'], notes: '', tags: [] }
    const older = await service.save({ ...pair, title: 'Older' })
    clock.advance(1000)
    const beta = await service.save({ ...pair, title: 'Beta' })
    const alpha = await service.save({ ...pair, title: 'Alpha' })
    clock.advance(1000)
    const gone = await service.save({ ...pair, title: 'Gone' })
    await service.delete(gone.id)
    expect(service.list('').map((view) => view.title)).toEqual(['Alpha', 'Beta', 'Older'])

    clock.advance(1000)
    await service.update({ id: older.id, notes: 'Edited, so it moves up.' })
    expect(service.list('').map((view) => view.id)).toEqual([older.id, alpha.id, beta.id])
    await store.close()
  })

  it('searches titles, tags and role names, trimmed and in any case', async () => {
    const { store, service } = await setUp()
    await service.save({
      title: 'Weekend reading',
      roleIds: ['ai-programmer', 'data-manager'],
      notes: 'mentions python only in notes',
      tags: ['Career change'],
    })
    await service.save({ roleIds: ['ml-engineer', 'data-manager'], notes: '', tags: ['later'] })
    const titles = (text: string): string[] => service.list(text).map((view) => view.title)
    expect(titles('  WEEKEND ')).toEqual(['Weekend reading'])
    expect(titles('career')).toEqual(['Weekend reading'])
    expect(titles('ai programmer')).toEqual(['Weekend reading'])
    expect(titles('data manager')).toHaveLength(2)
    expect(titles('python')).toEqual([])
    await store.close()
  })

  it('renames and edits notes and tags, changing only what was given', async () => {
    const { store, service, clock } = await setUp()
    const saved = await service.save({
      roleIds: ['ai-programmer', 'data-manager'],
      notes: 'First thoughts.',
      tags: ['career'],
    })
    clock.advance(60_000)
    const renamed = await service.update({ id: saved.id, title: 'Which one first?' })
    expect(renamed).toEqual({
      ...saved,
      title: 'Which one first?',
      updatedAt: '2026-11-23T12:01:00.000Z',
    })
    clock.advance(60_000)
    const edited = await service.update({
      id: saved.id,
      notes: 'Second thoughts.',
      tags: ['Later', 'later ', 'shortlist'],
    })
    expect(edited).toEqual({
      ...renamed,
      notes: 'Second thoughts.',
      tags: ['Later', 'shortlist'],
      updatedAt: '2026-11-23T12:02:00.000Z',
    })
    expect(edited.createdAt).toBe(saved.createdAt)
    await store.close()
  })

  it('changes the roles of a comparison, refreshing their names, and refuses unknown ones', async () => {
    const { store, service } = await setUp()
    const saved = await service.save({
      roleIds: ['ai-programmer', 'data-manager'],
      notes: '',
      tags: [],
    })
    await store.update((db) => {
      db.roles = db.roles.map((role) =>
        role.id === 'ai-programmer' ? { ...role, name: 'AI Developer' } : role,
      )
    })
    const changed = await service.update({
      id: saved.id,
      roleIds: ['ml-engineer', 'ai-programmer', 'data-manager'],
    })
    expect(changed.roleNames).toEqual(['Machine Learning Engineer', 'AI Developer', 'Data Manager'])
    expect(changed.title).toBe(saved.title)

    const before = store.data
    await expect(
      service.update({ id: saved.id, roleIds: ['ai-programmer', 'astronaut'] }),
    ).rejects.toThrow('There is no role with the id "astronaut".')
    expect(store.data).toBe(before)
    await store.close()
  })

  it('duplicates as a new comparison titled "(copy)", leaving the original alone', async () => {
    const { store, service, clock } = await setUp()
    const original = await service.save({
      title: 'Shortlist',
      roleIds: ['ai-programmer', 'data-manager'],
      notes: 'Notes carry over.',
      tags: ['career'],
    })
    clock.advance(5000)
    const copy = await service.duplicate(original.id)
    expect(copy).toEqual({
      ...original,
      id: expect.any(String),
      title: 'Shortlist (copy)',
      createdAt: '2026-11-23T12:00:05.000Z',
      updatedAt: '2026-11-23T12:00:05.000Z',
    })
    expect(copy.id).not.toBe(original.id)
    expect(service.get(original.id)).toEqual(original)
    expect(service.list('').map((view) => view.id)).toEqual([copy.id, original.id])
    await store.close()
  })

  it('shortens a long title so the copy still fits 200 characters', async () => {
    const { store, service } = await setUp()
    const long = await service.save({
      title: 'x'.repeat(200),
      roleIds: ['ai-programmer', 'data-manager'],
      notes: '',
      tags: [],
    })
    const copy = await service.duplicate(long.id)
    expect(copy.title).toBe(`${'x'.repeat(193)} (copy)`)
    expect(copy.title).toHaveLength(200)
    await store.close()
  })

  it('deletes softly and restores exactly, updatedAt included', async () => {
    const { store, service, clock } = await setUp()
    const saved = await service.save({
      roleIds: ['ai-programmer', 'data-manager'],
      notes: 'Keep me.',
      tags: ['career'],
    })
    clock.advance(60_000)
    await service.delete(saved.id)
    expect(service.list('')).toEqual([])
    expect(notFound(() => service.get(saved.id)).message).toBe(
      `There is no saved comparison with the id "${saved.id}".`,
    )
    await expect(service.update({ id: saved.id, notes: 'x' })).rejects.toBeInstanceOf(AppError)
    expect(store.data.comparisons[0]?.deletedAt).toBe('2026-11-23T12:01:00.000Z')

    clock.advance(60_000)
    expect(await service.restore(saved.id)).toEqual(saved)
    expect(service.list('')).toEqual([saved])
    expect(store.data.comparisons[0]).not.toHaveProperty('deletedAt')
    await store.close()
  })

  it('refuses unknown ids everywhere', async () => {
    const { store, service } = await setUp()
    expect(notFound(() => service.get('nope')).message).toContain('"nope"')
    await expect(service.duplicate('nope')).rejects.toMatchObject({ code: 'not-found' })
    await expect(service.delete('nope')).rejects.toMatchObject({ code: 'not-found' })
    await expect(service.restore('nope')).rejects.toMatchObject({ code: 'not-found' })
    await store.close()
  })

  it('still opens and finds a comparison whose role was deleted, naming what is missing', async () => {
    const { store, service } = await setUp()
    const saved = await service.save({
      roleIds: ['ai-programmer', 'data-manager'],
      notes: '',
      tags: [],
    })
    await store.update((db) => {
      db.roles = db.roles.filter((role) => role.id !== 'data-manager')
    })
    const expected = { ...saved, missingRoleIds: ['data-manager'] }
    expect(service.get(saved.id)).toEqual(expected)
    expect(service.list('data manager')).toEqual([expected])
    // Editing keeps the deleted role, under the name it was saved with.
    const edited = await service.update({ id: saved.id, notes: 'Still here.' })
    expect(edited.roleNames).toEqual(['AI Programmer', 'Data Manager'])
    expect(edited.missingRoleIds).toEqual(['data-manager'])
    await store.close()
  })

  it('prunes comparisons deleted more than 30 days ago on boot, and only those', async () => {
    const { store, service, clock } = await setUp()
    const pair = { roleIds: ['ai-programmer', 'data-manager'], notes: '', tags: [] }
    const kept = await service.save({ ...pair, title: 'Kept' })
    const old = await service.save({ ...pair, title: 'Deleted long ago' })
    await service.delete(old.id)
    clock.advance(2 * DAY_MS)
    const recent = await service.save({ ...pair, title: 'Deleted lately' })
    await service.delete(recent.id)

    // Exactly 30 days after the first delete: still restorable.
    clock.advance(RESTORABLE_FOR_MS - 2 * DAY_MS)
    await service.boot()
    expect(store.data.comparisons.map((saved) => saved.title)).toEqual([
      'Kept',
      'Deleted long ago',
      'Deleted lately',
    ])

    clock.advance(1)
    await service.boot()
    expect(store.data.comparisons.map((saved) => saved.title)).toEqual(['Kept', 'Deleted lately'])
    await expect(service.restore(old.id)).rejects.toMatchObject({ code: 'not-found' })
    expect((await service.restore(recent.id)).title).toBe('Deleted lately')

    const before = store.data
    await service.boot()
    expect(store.data).toBe(before)
    expect(service.get(kept.id).title).toBe('Kept')
    await store.close()
  })

  it('keeps everything across a close and reopen', async () => {
    const { store, service } = await setUp()
    const saved = await service.save({
      title: 'Keep me',
      roleIds: ['ai-programmer', 'data-manager'],
      notes: 'Notes too.',
      tags: ['career'],
    })
    const deleted = await service.save({
      roleIds: ['ml-engineer', 'data-manager'],
      notes: '',
      tags: [],
    })
    await service.delete(deleted.id)
    await store.close()

    const reopened = await Store.open(dataFile())
    const again = new SavedComparisonsService(reopened)
    await again.boot()
    expect(again.list('')).toEqual([saved])
    expect((await again.restore(deleted.id)).id).toBe(deleted.id)
    await reopened.close()
  })
})
