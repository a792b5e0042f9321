import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  backupsDir,
  DAILY_BACKUPS_KEPT,
  EVENT_BACKUPS_KEPT,
  listBackups,
  writeBackup,
  writePreMigrationBackup,
} from '../../../src/main/store/backups'
import { Store } from '../../../src/main/store/db'
import { fileTimestamp } from '../../../src/main/store/file-names'
import { DbSchema } from '../../../src/main/store/schema'
import { listFiles, useTempDir } from './helpers'

const DAY_MS = 24 * 60 * 60 * 1000

/** A clock the test moves by hand; starts at local noon on 23 Nov 2026. */
function manualClock(): { now: () => Date; advance: (ms: number) => void } {
  let current = new Date(2026, 10, 23, 12, 0).getTime()
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms
    },
  }
}

async function catalogVersionIn(backupPath: string): Promise<number> {
  return DbSchema.parse(JSON.parse(await readFile(backupPath, 'utf8'))).catalogVersion
}

describe('daily backups', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')

  it('makes one backup on the first save of a day and none for later saves that day', async () => {
    const clock = manualClock()
    const store = await Store.open(dataFile(), { now: clock.now })
    for (let version = 1; version <= 50; version++) {
      clock.advance(60_000)
      await store.update((db) => {
        db.catalogVersion = version
      })
    }
    await store.close()

    const backups = await listBackups(dataFile())
    expect(backups.map((backup) => backup.kind)).toEqual(['daily'])
    expect(backups[0]?.name).toBe(
      `role-atlas.daily-${fileTimestamp(new Date(2026, 10, 23, 12, 0))}.json`,
    )
    expect(await catalogVersionIn(backups[0]?.path ?? '')).toBe(0)
  })

  it('makes the next day’s backup on the first save after midnight, with that save’s data', async () => {
    const clock = manualClock()
    const store = await Store.open(dataFile(), { now: clock.now })
    clock.advance(DAY_MS)
    await store.update((db) => {
      db.catalogVersion = 1
    })
    await store.update((db) => {
      db.catalogVersion = 2
    })
    await store.close()

    const backups = await listBackups(dataFile())
    expect(backups.map((backup) => backup.kind)).toEqual(['daily', 'daily'])
    expect(await Promise.all(backups.map((backup) => catalogVersionIn(backup.path)))).toEqual([
      1, 0,
    ])
  })

  it('makes the day’s backup on open when the file needs no write', async () => {
    const clock = manualClock()
    const first = await Store.open(dataFile(), { now: clock.now })
    await first.close()
    await rm(backupsDir(dataFile()), { recursive: true })

    const second = await Store.open(dataFile(), { now: clock.now })
    await second.close()
    expect((await listBackups(dataFile())).map((backup) => backup.kind)).toEqual(['daily'])
  })

  it('looks at the folder once: saves on a day already covered touch no backup file', async () => {
    const clock = manualClock()
    const store = await Store.open(dataFile(), { now: clock.now })
    await rm(backupsDir(dataFile()), { recursive: true })
    await store.update((db) => {
      db.catalogVersion = 1
    })
    await store.close()
    expect(await listFiles(tempDir())).toEqual(['role-atlas.json'])
  })

  it(`keeps the newest ${DAILY_BACKUPS_KEPT} days`, async () => {
    const clock = manualClock()
    const store = await Store.open(dataFile(), { now: clock.now })
    for (let day = 1; day <= 10; day++) {
      clock.advance(DAY_MS)
      await store.update((db) => {
        db.catalogVersion = day
      })
    }
    await store.close()

    const backups = await listBackups(dataFile())
    expect(backups).toHaveLength(DAILY_BACKUPS_KEPT)
    expect(await Promise.all(backups.map((backup) => catalogVersionIn(backup.path)))).toEqual([
      10, 9, 8, 7, 6, 5, 4,
    ])
  })
})

describe('event backups', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')

  it('saves the current data under its kind and time, newest first', async () => {
    const clock = manualClock()
    const store = await Store.open(dataFile(), { now: clock.now })
    await store.update((db) => {
      db.catalogVersion = 5
    })
    clock.advance(1000)
    const backup = await store.backup('pre-import')
    await store.close()

    expect(backup).toEqual({
      path: path.join(backupsDir(dataFile()), backup.name),
      name: `role-atlas.pre-import-${fileTimestamp(clock.now())}.json`,
      kind: 'pre-import',
      savedAt: clock.now(),
    })
    expect(await catalogVersionIn(backup.path)).toBe(5)
    expect((await listBackups(dataFile())).map((listed) => listed.kind)).toEqual([
      'pre-import',
      'daily',
    ])
  })

  it('never replaces a backup taken in the same millisecond', async () => {
    const clock = manualClock()
    const store = await Store.open(dataFile(), { now: clock.now })
    const first = await store.backup('pre-restore')
    const second = await store.backup('pre-restore')
    await store.close()
    expect(second.name).toBe(first.name.replace(/\.json$/, '-2.json'))
    const listed = await listBackups(dataFile())
    expect(
      listed.filter((backup) => backup.kind === 'pre-restore').map((backup) => backup.name),
    ).toEqual([second.name, first.name])
  })

  it(`keeps the newest ${EVENT_BACKUPS_KEPT} and leaves the daily backups alone`, async () => {
    const clock = manualClock()
    const store = await Store.open(dataFile(), { now: clock.now })
    const taken = []
    for (let n = 0; n < EVENT_BACKUPS_KEPT + 3; n++) {
      clock.advance(1000)
      taken.push(await store.backup(n % 2 === 0 ? 'pre-replace' : 'pre-import'))
    }
    await store.close()

    const listed = await listBackups(dataFile())
    expect(listed.filter((backup) => backup.kind === 'daily')).toHaveLength(1)
    expect(listed.filter((backup) => backup.kind !== 'daily').map((backup) => backup.name)).toEqual(
      taken
        .slice(-EVENT_BACKUPS_KEPT)
        .reverse()
        .map((backup) => backup.name),
    )
  })

  it('counts pre-migration backups with the event backups', async () => {
    const filePath = dataFile()
    await writeFile(filePath, '{}')
    const start = new Date('2026-11-23T12:00:00.000Z').getTime()
    for (let n = 0; n < EVENT_BACKUPS_KEPT; n++) {
      await writeBackup(filePath, 'pre-import', '{}', new Date(start + n * 1000))
    }
    await writePreMigrationBackup(filePath, 3, new Date(start + 60_000))
    const listed = await listBackups(filePath)
    expect(listed).toHaveLength(EVENT_BACKUPS_KEPT)
    expect(listed[0]).toMatchObject({ kind: 'pre-migration', fromVersion: 3 })
    expect(listed.at(-1)?.savedAt).toEqual(new Date(start + 1000))
  })
})

describe('listBackups', () => {
  const tempDir = useTempDir()

  it('lists nothing without a backups directory and ignores files that are not backups', async () => {
    const filePath = path.join(tempDir(), 'data.json')
    expect(await listBackups(filePath)).toEqual([])
    const dir = path.join(tempDir(), 'backups')
    await mkdir(dir)
    for (const name of [
      'other.daily-2026-11-23T12-00-00-000Z.json',
      'data.weekly-2026-11-23T12-00-00-000Z.json',
      'data.daily-2026-11-23.json',
      'data.daily-2026-13-45T12-00-00-000Z.json',
      'data.backup-1.json',
      '.data.daily-2026-11-23T12-00-00-000Z.json.123.abc.tmp',
    ]) {
      await writeFile(path.join(dir, name), '{}')
    }
    expect(await listBackups(filePath)).toEqual([])
  })

  it('orders every kind by the time in its name, not by the file’s modification time', async () => {
    const filePath = path.join(tempDir(), 'data.json')
    const dir = path.join(tempDir(), 'backups')
    await mkdir(dir)
    const names = [
      'data.pre-migration-v2-2026-11-20T08-00-00-000Z.json',
      'data.daily-2026-11-23T12-00-00-000Z.json',
      'data.pre-restore-2026-11-22T09-30-00-000Z.json',
    ]
    for (const name of names) await writeFile(path.join(dir, name), '{}')
    expect((await listBackups(filePath)).map((backup) => [backup.kind, backup.name])).toEqual([
      ['daily', names[1]],
      ['pre-restore', names[2]],
      ['pre-migration', names[0]],
    ])
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
