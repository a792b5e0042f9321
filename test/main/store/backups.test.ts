import { readFile, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  listBackups,
  rotateBackups,
  writePreMigrationBackup,
} from '../../../src/main/store/backups'
import { Store } from '../../../src/main/store/db'
import { DbSchema } from '../../../src/main/store/schema'
import { listFiles, useTempDir } from './helpers'

describe('rotating backups', () => {
  const tempDir = useTempDir()

  it('keeps the last three generations after five writes, newest first', async () => {
    const filePath = path.join(tempDir(), 'role-atlas.json')
    const store = await Store.open(filePath)
    for (let generation = 1; generation <= 5; generation++) {
      await store.update((db) => {
        db.catalogVersion = generation
      })
    }
    await store.close()

    const backups = await listBackups(filePath)
    expect(backups.map((backup) => path.relative(tempDir(), backup.path))).toEqual([
      path.join('backups', 'role-atlas.backup-1.json'),
      path.join('backups', 'role-atlas.backup-2.json'),
      path.join('backups', 'role-atlas.backup-3.json'),
    ])
    const versions = await Promise.all(
      backups.map(async (backup) => {
        const db = DbSchema.parse(JSON.parse(await readFile(backup.path, 'utf8')))
        return db.catalogVersion
      }),
    )
    expect(versions).toEqual([5, 4, 3])
    expect(await readFile(backups[0]?.path ?? '', 'utf8')).toBe(await readFile(filePath, 'utf8'))
  })

  it('keeps as many generations as configured', async () => {
    const filePath = path.join(tempDir(), 'role-atlas.json')
    const store = await Store.open(filePath, { backupsToKeep: 1 })
    await store.update((db) => {
      db.catalogVersion = 1
    })
    await store.update((db) => {
      db.catalogVersion = 2
    })
    await store.close()
    expect((await listBackups(filePath)).map((backup) => backup.generation)).toEqual([1])
  })

  it('trims generations beyond the count and keeps their order across gaps', async () => {
    const filePath = path.join(tempDir(), 'data.json')
    const dir = path.join(tempDir(), 'backups')
    await mkdir(dir)
    await writeFile(path.join(dir, 'data.backup-1.json'), 'one')
    await writeFile(path.join(dir, 'data.backup-3.json'), 'three')
    await writeFile(path.join(dir, 'data.backup-4.json'), 'four')
    await rotateBackups(filePath, 'new', 3)
    const contents = await Promise.all(
      (await listBackups(filePath)).map((backup) => readFile(backup.path, 'utf8')),
    )
    expect(contents).toEqual(['new', 'one'])
  })

  it('lists nothing without a backups directory and ignores unrelated files', async () => {
    const filePath = path.join(tempDir(), 'data.json')
    expect(await listBackups(filePath)).toEqual([])
    const dir = path.join(tempDir(), 'backups')
    await mkdir(dir)
    for (const name of [
      'other.backup-1.json',
      'data.backup-0.json',
      'data.backup-x.json',
      'data.pre-migration-v1-2026-11-23T12-00-00-000Z.json',
      '.data.backup-1.json.123.abc.tmp',
    ]) {
      await writeFile(path.join(dir, name), '{}')
    }
    expect(await listBackups(filePath)).toEqual([])
  })
})

describe('writePreMigrationBackup', () => {
  const tempDir = useTempDir()

  it('copies the file byte for byte under a versioned, timestamped name, never replacing one', async () => {
    const filePath = path.join(tempDir(), 'role-atlas.json')
    const original = Buffer.from('{"schemaVersion":1,"x":"\u00e9"}\r\n', 'utf8')
    await writeFile(filePath, original)
    const at = new Date('2026-11-23T12:00:00.000Z')

    const first = await writePreMigrationBackup(filePath, 1, at)
    const second = await writePreMigrationBackup(filePath, 1, at)

    expect(path.relative(tempDir(), first)).toBe(
      path.join('backups', 'role-atlas.pre-migration-v1-2026-11-23T12-00-00-000Z.json'),
    )
    expect(second).not.toBe(first)
    expect(await readFile(first)).toEqual(original)
    expect(await readFile(second)).toEqual(original)
    expect(await listFiles(tempDir())).toHaveLength(3)
  })
})
