import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Store } from '../../../../src/main/store/db'
import { v1ToV2 } from '../../../../src/main/store/migrations/v1-to-v2'
import { CURRENT_SCHEMA_VERSION } from '../../../../src/main/store/schema'
import { listFiles, useTempDir, userRole, v1Db } from '../helpers'

describe('migration v1 → v2', () => {
  const tempDir = useTempDir()
  const at = new Date('2026-11-23T12:00:00.000Z')

  it('adds an empty list of saved comparisons and keeps everything else', () => {
    const data = { ...v1Db(), catalogVersion: 3 }
    expect(v1ToV2.migrate(structuredClone(data))).toEqual({ ...data, comparisons: [] })
  })

  it('opens a v1 file from disk at the current version, backing up its original bytes first', async () => {
    const filePath = path.join(tempDir(), 'role-atlas.json')
    const role = userRole('analytics-translator')
    const original = `${JSON.stringify({ ...v1Db(), catalogVersion: 3, roles: [role] }, null, 4)}\r\n`
    await writeFile(filePath, original)

    const store = await Store.open(filePath, { now: () => at })

    expect(store.data).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      catalogVersion: 3,
      roles: [role],
      comparisons: [],
      progress: [],
      activity: [],
      plans: [],
      articles: [],
      settings: {},
    })
    expect(store.notices).toEqual([])
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual(store.data)
    const backup = path.join('backups', 'role-atlas.pre-migration-v1-2026-11-23T12-00-00-000Z.json')
    expect(await listFiles(tempDir())).toContain(backup)
    expect(await readFile(path.join(tempDir(), backup), 'utf8')).toBe(original)
    await store.close()
  })
})
