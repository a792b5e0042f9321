import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups, type Backup } from '../../../src/main/store/backups'
import { Store } from '../../../src/main/store/db'
import { CURRENT_SCHEMA_VERSION, DbSchema, defaultDb } from '../../../src/main/store/schema'
import { useTempDir } from './helpers'

const validText = JSON.stringify({ ...defaultDb(), catalogVersion: 3 }, null, 2)

const corruptFiles: [string, string, RegExp][] = [
  ['an empty file', '', /it was empty/],
  ['truncated JSON', validText.slice(0, validText.length / 2), /not valid JSON/],
  ['garbage', 'PK\u0003\u0004 definitely not json', /not valid JSON/],
  ['a JSON array', '[{"schemaVersion":1}]', /does not contain Role Atlas data/],
  [
    'a schema-invalid object',
    `{"schemaVersion":${CURRENT_SCHEMA_VERSION},"catalogVersion":"x","roles":{}}`,
    /expected format/,
  ],
  ['no schemaVersion', '{"catalogVersion":0,"roles":[],"settings":{}}', /no valid data version/],
  [
    'a newer schemaVersion',
    JSON.stringify({ ...defaultDb(), schemaVersion: 99 }),
    new RegExp(
      `newer version of Role Atlas \\(data version 99; this version reads up to ${CURRENT_SCHEMA_VERSION}\\)`,
    ),
  ],
]

describe('Store recovery', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')
  const at = new Date('2026-11-23T12:00:00.000Z')
  const now = (): Date => at
  const asideFile = (): string =>
    path.join(tempDir(), 'role-atlas.corrupt-2026-11-23T12-00-00-000Z.json')

  /**
   * Four backups, newest first: catalogVersion 3, 2 and 1 (taken before restores at local
   * 12:03, 12:02 and 12:01 on 23 Nov 2026) and the day's backup of the fresh file (0, 12:00).
   */
  async function seedHistory(): Promise<Backup[]> {
    let minute = 0
    const store = await Store.open(dataFile(), {
      now: () => new Date(2026, 10, 23, 12, minute),
    })
    for (const catalogVersion of [1, 2, 3]) {
      minute += 1
      await store.update((db) => {
        db.catalogVersion = catalogVersion
      })
      await store.backup('pre-restore')
    }
    await store.close()
    return listBackups(dataFile())
  }

  describe.each(corruptFiles)('of %s', (_, content, reason) => {
    it('sets the file aside intact and restores the newest backup', async () => {
      const [newest] = await seedHistory()
      await writeFile(dataFile(), content)

      const store = await Store.open(dataFile(), { now })

      expect(store.data.catalogVersion).toBe(3)
      expect(DbSchema.parse(JSON.parse(await readFile(dataFile(), 'utf8')))).toEqual(store.data)
      expect(await readFile(asideFile())).toEqual(Buffer.from(content))
      expect(store.notices).toEqual([
        {
          id: expect.any(String),
          kind: 'recovered-from-backup',
          message: expect.stringMatching(reason),
          movedAsidePath: asideFile(),
          restoredFromPath: newest?.path,
          at: '2026-11-23T12:00:00.000Z',
        },
      ])
      expect(store.notices[0]?.message).toContain(
        `It was moved to ${asideFile()} and your data was restored from the backup of 23 Nov 2026, 12:03.`,
      )
      await store.close()
    })

    it('starts from defaults when there is no backup', async () => {
      await writeFile(dataFile(), content)

      const store = await Store.open(dataFile(), { now })

      expect(store.data).toEqual(defaultDb())
      expect(await readFile(asideFile())).toEqual(Buffer.from(content))
      const [notice] = store.notices
      expect(notice).toMatchObject({ kind: 'reset-to-defaults', movedAsidePath: asideFile() })
      expect(notice?.restoredFromPath).toBeUndefined()
      expect(notice?.message).toMatch(reason)
      expect(notice?.message).toContain(`It was moved to ${asideFile()}.`)
      await store.close()
    })
  })

  it('skips a broken newest backup and restores the next one', async () => {
    const [newest, next] = await seedHistory()
    await writeFile(dataFile(), '')
    await writeFile(newest?.path ?? '', '{"schemaVersion":1,"roles":')

    const store = await Store.open(dataFile(), { now })

    expect(store.data.catalogVersion).toBe(2)
    expect(store.notices[0]?.restoredFromPath).toBe(next?.path)
    await store.close()
  })

  it('starts from defaults when every backup is broken', async () => {
    const backups = await seedHistory()
    await writeFile(dataFile(), '{')
    for (const backup of backups) await writeFile(backup.path, '[]')

    const store = await Store.open(dataFile(), { now })

    expect(store.data).toEqual(defaultDb())
    expect(store.notices[0]?.kind).toBe('reset-to-defaults')
    await store.close()
  })

  it('keeps the backups as they were, so the restored history is still there', async () => {
    const backups = await seedHistory()
    await writeFile(dataFile(), '')
    const store = await Store.open(dataFile(), { now })
    await store.close()
    expect(await listBackups(dataFile())).toEqual(backups)
    const versions = await Promise.all(
      backups.map(async (backup) => {
        const text = await readFile(backup.path, 'utf8')
        return DbSchema.parse(JSON.parse(text)).catalogVersion
      }),
    )
    expect(versions).toEqual([3, 2, 1, 0])
  })

  it('opens normally on the next start, without repeating the notice', async () => {
    await seedHistory()
    await writeFile(dataFile(), 'garbage')
    const first = await Store.open(dataFile(), { now })
    await first.update((db) => {
      db.catalogVersion = 10
    })
    await first.close()

    const second = await Store.open(dataFile(), { now })
    expect(second.notices).toEqual([])
    expect(second.data.catalogVersion).toBe(10)
    await second.close()
  })

  it('never replaces an earlier set-aside file with the same timestamp', async () => {
    await writeFile(dataFile(), 'first damage')
    await (await Store.open(dataFile(), { now })).close()
    await writeFile(dataFile(), 'second damage')
    const store = await Store.open(dataFile(), { now })

    const secondAside = path.join(tempDir(), 'role-atlas.corrupt-2026-11-23T12-00-00-000Z-2.json')
    expect(store.notices[0]?.movedAsidePath).toBe(secondAside)
    expect(await readFile(asideFile(), 'utf8')).toBe('first damage')
    expect(await readFile(secondAside, 'utf8')).toBe('second damage')
    await store.close()
  })
})
