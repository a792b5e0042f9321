import { describe, expect, it } from 'vitest'
import type { ArticleRef, Role } from '@shared/domain/role'
import { appendToLog } from '../../../../src/main/services/progress/progress-log'
import { SavedComparisonsService } from '../../../../src/main/services/saved-comparisons/saved-comparisons-service'
import { userRole, useTempDir } from '../../store/helpers'
import { clock, closeDevice, openDevice, type Device } from './devices'
import { settle } from './fake-syncer'

/** The saved-comparisons service of a device, on that device's clock. */
function comparisonsOf(device: Device): SavedComparisonsService {
  return new SavedComparisonsService(device.store, {
    now: () => new Date(clock.now + device.offset.ms),
  })
}

/** A role as the article importer stores it, with the article it came from. */
function importedRole(id: string, name: string, articleId: string): Role {
  const role = userRole(id, name)
  const provenance = { origin: 'import' as const, articleIds: [articleId] }
  return {
    ...role,
    origin: 'imported',
    sections: {
      ...role.sections,
      skills: [{ id: 's1', text: 'SQL', entityIds: ['sql'], provenance }],
    },
  }
}

describe('each synced kind of record travels between two computers', () => {
  const tempDir = useTempDir()

  it('saved comparisons: made on one shows on the other, a rename and a retag made apart both survive, a delete reaches the other', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    await a.store.update((draft) => {
      draft.roles.push(userRole('analyst', 'Data Analyst'), userRole('engineer', 'Data Engineer'))
    })
    const saved = await comparisonsOf(a).save({
      roleIds: ['analyst', 'engineer'],
      notes: 'Which pays more?',
      tags: ['career'],
    })
    await settle([a, b])
    expect(comparisonsOf(b).list('')).toMatchObject([
      { id: saved.id, title: 'Data Analyst vs Data Engineer', tags: ['career'] },
    ])

    // Offline: a rename on the laptop, new tags on the desktop, the desktop's a minute later.
    clock.now += 60_000
    await comparisonsOf(a).update({ id: saved.id, title: 'Analyst or engineer?' })
    clock.now += 60_000
    await comparisonsOf(b).update({ id: saved.id, tags: ['career', 'spring'] })
    await settle([a, b])
    for (const device of [a, b])
      expect(comparisonsOf(device).get(saved.id)).toMatchObject({
        title: 'Analyst or engineer?',
        tags: ['career', 'spring'],
        notes: 'Which pays more?',
      })

    clock.now += 60_000
    await comparisonsOf(b).delete(saved.id)
    await settle([a, b])
    expect(comparisonsOf(a).list('')).toEqual([])
    await closeDevice(a)
    await closeDevice(b)
  })

  it('imported roles and articles: an import on one computer appears on the other', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    const article: ArticleRef = {
      id: 'article-1',
      title: 'Ten data jobs for 2027',
      importedAt: new Date(clock.now).toISOString(),
      roleIds: ['analytics-translator'],
    }
    await a.store.update((draft) => {
      draft.articles.push(article)
      draft.roles.push(importedRole('analytics-translator', 'Analytics Translator', 'article-1'))
    })
    await settle([a, b])
    expect(b.store.data.articles).toEqual([article])
    expect(b.store.data.roles).toMatchObject([
      { id: 'analytics-translator', name: 'Analytics Translator', origin: 'imported' },
    ])
    await closeDevice(a)
    await closeDevice(b)
  })

  it('ratings: a skill level set on one computer shows on the other', async () => {
    // A rating is a progress record's level (set through progress:set), so it travels as progress.
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    await a.store.update((draft) => {
      appendToLog(draft, [
        {
          id: 'laptop-rating-1',
          at: new Date(clock.now).toISOString(),
          key: 'skill:python',
          before: { status: 'todo', level: null, notes: '', links: [] },
          after: { status: 'learning', level: 3, notes: '', links: [] },
          cause: 'edit',
          batchId: 'laptop-rating-1',
        },
      ])
    })
    await settle([a, b])
    expect(b.store.data.progress).toMatchObject([
      { key: 'skill:python', status: 'learning', level: 3 },
    ])
    await closeDevice(a)
    await closeDevice(b)
  })

  it('settings: the window position stays on the computer it was set on', async () => {
    const a = await openDevice(tempDir(), 'laptop')
    const b = await openDevice(tempDir(), 'desktop')
    const laptopWindow = { x: 10, y: 20, width: 1280, height: 800, maximized: false }
    const desktopWindow = { x: 0, y: 0, width: 2560, height: 1440, maximized: true }
    await a.store.update((draft) => {
      draft.settings.windowBounds = laptopWindow
    })
    await b.store.update((draft) => {
      draft.settings.windowBounds = desktopWindow
    })
    // Something that does sync, so the merge runs and writes the data file.
    await a.store.update((draft) => {
      draft.roles.push(userRole('analyst', 'Data Analyst'))
    })
    await settle([a, b])
    expect(b.store.data.roles.map((role) => role.id)).toEqual(['analyst'])
    expect(a.store.data.settings.windowBounds).toEqual(laptopWindow)
    expect(b.store.data.settings.windowBounds).toEqual(desktopWindow)
    await closeDevice(a)
    await closeDevice(b)
  })
})
