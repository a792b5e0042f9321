import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Store } from '../../../../src/main/store/db'
import { v2ToV3 } from '../../../../src/main/store/migrations/v2-to-v3'
import { listFiles, useTempDir, userRole, v1Db } from '../helpers'

/** A data file as schema version 2 wrote it (saved comparisons, no progress yet). */
function v2Db(): Record<string, unknown> {
  return { ...v1Db(), schemaVersion: 2, catalogVersion: 3, comparisons: [] }
}

const comparison = {
  id: 'c1',
  title: 'Mine vs Theirs',
  roleIds: ['analytics-translator', 'data-manager'],
  roleNames: ['Analytics Translator', 'Data Manager'],
  notes: 'Kept as it was.',
  tags: ['career'],
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
}

describe('migration v2 → v3', () => {
  const tempDir = useTempDir()
  const at = new Date('2026-11-23T12:00:00.000Z')
  const backupName = (from: number): string =>
    path.join('backups', `role-atlas.pre-migration-v${from}-2026-11-23T12-00-00-000Z.json`)

  it('adds empty progress, activity and checklists and keeps everything else', () => {
    const data = { ...v2Db(), comparisons: [comparison] }
    expect(v2ToV3.migrate(structuredClone(data))).toEqual({
      ...data,
      progress: [],
      activity: [],
      checklists: [],
    })
  })

  it('opens a v2 file from disk, backing up its original bytes first', async () => {
    const filePath = path.join(tempDir(), 'role-atlas.json')
    const role = userRole('analytics-translator')
    const original = `${JSON.stringify({ ...v2Db(), roles: [role], comparisons: [comparison] }, null, 4)}\r\n`
    await writeFile(filePath, original)

    const store = await Store.open(filePath, { now: () => at })

    expect(store.data).toEqual({
      schemaVersion: 5,
      catalogVersion: 3,
      roles: [role],
      comparisons: [comparison],
      progress: [],
      activity: [],
      plans: [],
      articles: [],
      settings: {},
    })
    expect(store.notices).toEqual([])
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual(store.data)
    expect(await readFile(path.join(tempDir(), backupName(2)), 'utf8')).toBe(original)
    await store.close()
  })

  it('climbs a v1 file through both steps in one open, with one backup of the original', async () => {
    const filePath = path.join(tempDir(), 'role-atlas.json')
    const original = JSON.stringify({ ...v1Db(), catalogVersion: 2 })
    await writeFile(filePath, original)

    const store = await Store.open(filePath, { now: () => at })

    expect(store.data).toEqual({
      schemaVersion: 5,
      catalogVersion: 2,
      roles: [],
      comparisons: [],
      progress: [],
      activity: [],
      plans: [],
      articles: [],
      settings: {},
    })
    const backups = (await listFiles(tempDir())).filter((name) => name.includes('pre-migration'))
    expect(backups).toEqual([backupName(1)])
    expect(await readFile(path.join(tempDir(), backupName(1)), 'utf8')).toBe(original)
    await store.close()
  })
})
