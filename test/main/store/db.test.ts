import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { listBackups } from '../../../src/main/store/backups'
import { Store, StoreClosedError, StoreValidationError } from '../../../src/main/store/db'
import { JsonFile, toJsonText } from '../../../src/main/store/json-file'
import { MigrationError, type Migration } from '../../../src/main/store/migrations'
import { DbSchema, defaultDb } from '../../../src/main/store/schema'
import type { Role } from '@shared/domain/role'
import { listFiles, useTempDir, userRole, v1Db } from './helpers'

async function readDbFile(filePath: string): Promise<unknown> {
  return JSON.parse(await readFile(filePath, 'utf8'))
}

describe('Store', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')

  it('starts a missing file from defaults, creating its directory and writing it at once', async () => {
    const filePath = path.join(tempDir(), 'nested', 'dir', 'role-atlas.json')
    const store = await Store.open(filePath)
    expect(store.filePath).toBe(filePath)
    expect(store.data).toEqual(defaultDb())
    expect(store.notices).toEqual([])
    expect(await readDbFile(filePath)).toEqual(defaultDb())
    await store.close()
  })

  it('writes every update durably to the file', async () => {
    const store = await Store.open(dataFile())
    await store.update((db) => {
      db.roles.push(userRole('analytics-translator'))
    })
    expect(store.data.roles.map((role) => role.id)).toEqual(['analytics-translator'])
    expect(await readDbFile(dataFile())).toEqual(store.data)
    await store.close()
  })

  it('writes exactly the text of its data after every kind of change, refused ones included', async () => {
    const learning = { status: 'learning' as const, level: null, notes: '', links: [] }
    const event = (n: number) => ({
      id: `event-${n}`,
      at: new Date(Date.UTC(2026, 10, 1, 8, n)).toISOString(),
      key: `custom:item-${n}` as const,
      before: { ...learning, status: 'todo' as const },
      after: learning,
      cause: 'edit' as const,
      batchId: `batch-${n}`,
    })
    const record = (n: number, notes = '') => ({
      key: `custom:item-${n}` as const,
      ...learning,
      notes,
      updatedAt: event(n).at,
    })
    const store = await Store.open(dataFile())
    const written = async (): Promise<void> => {
      expect(await readFile(dataFile(), 'utf8')).toBe(toJsonText(store.data))
    }
    await store.update((db) => {
      db.activity.push(event(1), event(2))
      db.progress.push(record(1), record(2))
    })
    await written()
    await store.update((db) => {
      db.activity.push(event(3))
      db.progress[0] = record(1, 'Ünïcode – “notes” 🚀')
    })
    await written()
    await expect(
      store.update((db) => {
        db.activity.push({ ...event(4), cause: 'magic' } as unknown as ReturnType<typeof event>)
      }),
    ).rejects.toBeInstanceOf(StoreValidationError)
    await store.update((db) => {
      db.activity = [event(5)]
      db.progress = []
    })
    await written()
    await store.update((db) => {
      db.activity.push(event(6))
      db.roles.push(userRole('analytics-translator'))
    })
    await written()
    expect(store.data.activity.map((each) => each.id)).toEqual(['event-5', 'event-6'])
    await store.close()
  })

  it('backs up and applies a bulk change in one turn: updates arriving meanwhile land after it', async () => {
    const store = await Store.open(dataFile())
    const bulk = store.updateAfterBackup('pre-replace', (db) => {
      db.roles = [userRole('from-the-file')]
      return 'replaced'
    })
    // Acknowledged while the backup is being written: it must not be wiped by the replace.
    const meanwhile = store.update((db) => {
      db.roles.push(userRole('typed-meanwhile'))
    })
    const [{ value, backup }] = await Promise.all([bulk, meanwhile])
    expect(value).toBe('replaced')
    expect(store.data.roles.map((role) => role.id)).toEqual(['from-the-file', 'typed-meanwhile'])
    expect(await readDbFile(backup.path)).toMatchObject({ roles: [] })
    expect(await readDbFile(dataFile())).toEqual(store.data)
    await store.close()
  })

  it('changes nothing when a bulk change is invalid, and lets waiting updates through', async () => {
    const store = await Store.open(dataFile())
    const bulk = store.updateAfterBackup('pre-import', (db) => {
      db.roles = [{ ...userRole('x'), name: '' }]
    })
    const meanwhile = store.update((db) => {
      db.roles.push(userRole('still-saved'))
    })
    await expect(bulk).rejects.toBeInstanceOf(StoreValidationError)
    await meanwhile
    expect(store.data.roles.map((role) => role.id)).toEqual(['still-saved'])
    await store.close()
  })

  it('changes nothing when the backup before a bulk change cannot be written', async () => {
    const store = await Store.open(dataFile())
    // A file where the backups folder should be: the backup fails before anything changes.
    await rm(path.join(tempDir(), 'backups'), { recursive: true })
    await writeFile(path.join(tempDir(), 'backups'), 'not a folder')
    const before = store.data
    const bulk = store.updateAfterBackup('pre-replace', (db) => {
      db.roles = [userRole('from-the-file')]
    })
    const meanwhile = store.update((db) => {
      db.roles.push(userRole('still-saved'))
    })
    await expect(bulk).rejects.toThrow()
    await meanwhile
    expect(before.roles).toEqual([])
    expect(store.data.roles.map((role) => role.id)).toEqual(['still-saved'])
    await store.close()
  })

  it('keeps the data across a restart', async () => {
    const first = await Store.open(dataFile())
    await first.update((db) => {
      db.roles.push(userRole('analytics-translator'))
      db.settings.windowBounds = { x: 10, y: 20, width: 800, height: 600, maximized: false }
    })
    const saved = structuredClone(first.data)
    await first.close()

    const second = await Store.open(dataFile())
    expect(second.data).toEqual(saved)
    expect(second.notices).toEqual([])
    await second.close()
  })

  it('removes the temp files that writes killed halfway left behind, and nothing else', async () => {
    const first = await Store.open(dataFile())
    await first.close()
    const leftover = path.join(tempDir(), '.role-atlas.json.4242.a1b2c3d4e5f6.tmp')
    const unrelated = path.join(tempDir(), '.notes.txt.4242.a1b2c3d4e5f6.tmp')
    await writeFile(leftover, '{"schemaVersion":')
    await writeFile(unrelated, 'keep me')

    const second = await Store.open(dataFile())
    expect(second.notices).toEqual([])
    const names = await listFiles(tempDir())
    expect(names).not.toContain(path.basename(leftover))
    expect(names).toContain(path.basename(unrelated))
    await second.close()
  })

  it('refuses a change that makes the data invalid, leaving memory and file as they were', async () => {
    const store = await Store.open(dataFile())
    await store.update((db) => {
      db.catalogVersion = 4
    })
    const before = store.data
    const fileBefore = await readFile(dataFile(), 'utf8')

    const invalid = store.update((db) => {
      db.catalogVersion = -1
      db.roles.push({ ...userRole('ok-id'), id: 'Not A Valid Id' })
    })
    await expect(invalid).rejects.toBeInstanceOf(StoreValidationError)
    await expect(invalid).rejects.toThrow(/catalogVersion/)

    expect(store.data).toBe(before)
    expect(store.data.catalogVersion).toBe(4)
    expect(await readFile(dataFile(), 'utf8')).toBe(fileBefore)
    await store.close()
  })

  it('changes nothing when the mutation itself throws', async () => {
    const store = await Store.open(dataFile())
    const before = store.data
    await expect(
      store.update((db) => {
        db.catalogVersion = 9
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(store.data).toBe(before)
    expect(store.data.catalogVersion).toBe(0)
    await store.close()
  })

  it('hands out data that cannot be changed behind its back', async () => {
    const store = await Store.open(dataFile())
    await store.update((db) => {
      db.roles.push(userRole('analytics-translator'))
    })
    const roles = store.data.roles as { name: string }[]
    expect(() => {
      const role = roles[0]
      if (role) role.name = 'Sneaky'
    }).toThrow(TypeError)
    await store.close()
  })

  it('serializes 50 overlapping updates into a few writes, all resolving, the file holding the last', async () => {
    const store = await Store.open(dataFile())
    const updates = Array.from({ length: 50 }, (_, i) =>
      store.update((db) => {
        db.catalogVersion = i + 1
      }),
    )
    await Promise.all(updates)
    expect(store.data.catalogVersion).toBe(50)
    expect(DbSchema.parse(await readDbFile(dataFile())).catalogVersion).toBe(50)
    // The day's backup is made once, however many writes follow.
    expect(await listBackups(dataFile())).toHaveLength(1)
    await store.close()
  })

  it('waits for pending writes on close and refuses updates afterwards', async () => {
    const store = await Store.open(dataFile())
    const pending = store.update((db) => {
      db.catalogVersion = 7
    })
    await store.close()
    expect(DbSchema.parse(await readDbFile(dataFile())).catalogVersion).toBe(7)
    await expect(pending).resolves.toBeUndefined()
    await expect(
      store.update((db) => {
        db.catalogVersion = 8
      }),
    ).rejects.toBeInstanceOf(StoreClosedError)
  })

  it('refuses an invalid change deep inside one record of a list, changing nothing', async () => {
    const store = await Store.open(dataFile())
    await store.update((db) => {
      db.roles.push(userRole('analytics-translator'), userRole('data-steward', 'Data Steward'))
    })
    const before = store.data
    const fileBefore = await readFile(dataFile(), 'utf8')
    const invalid = store.update((db) => {
      db.roles = db.roles.map((role, index) =>
        index === 1
          ? {
              ...role,
              sections: { ...role.sections, tools: [{ ...role.sections.skills[0], id: '' }] },
            }
          : role,
      ) as typeof db.roles
    })
    await expect(invalid).rejects.toBeInstanceOf(StoreValidationError)
    await expect(invalid).rejects.toThrow(/roles\[1\]\.sections\.tools\[0\]\.id/)
    expect(store.data).toBe(before)
    expect(await readFile(dataFile(), 'utf8')).toBe(fileBefore)
    await store.close()
  })

  it('refuses an edit of a record in place: records change by being replaced', async () => {
    const store = await Store.open(dataFile())
    await store.update((db) => {
      db.roles.push(userRole('analytics-translator'))
    })
    const before = store.data
    await expect(
      store.update((db) => {
        const role = db.roles[0]
        if (role) role.name = 'Renamed in place'
      }),
    ).rejects.toBeInstanceOf(TypeError)
    expect(store.data).toBe(before)
    await store.update((db) => {
      db.roles = db.roles.map((role) => ({ ...role, name: 'Renamed' }))
    })
    expect(store.data.roles[0]?.name).toBe('Renamed')
    await store.close()
  })

  it('keeps what an update did not touch as the very same objects', async () => {
    const store = await Store.open(dataFile())
    await store.update((db) => {
      db.roles.push(userRole('analytics-translator'))
    })
    const before = store.data
    await store.update((db) => {
      db.roles.push(userRole('data-steward', 'Data Steward'))
    })
    expect(store.data.roles[0]).toBe(before.roles[0])
    expect(store.data.plans).toBe(before.plans)
    expect(Object.isFrozen(store.data.roles[1])).toBe(true)
    await store.close()
  })

  it('serializes and writes 100 updates issued at once a single time', async () => {
    const store = await Store.open(dataFile())
    const write = vi.spyOn(JsonFile.prototype, 'write')
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        store.update((db) => {
          db.catalogVersion = i + 1
        }),
      ),
    )
    expect(write).toHaveBeenCalledTimes(1)
    expect(DbSchema.parse(await readDbFile(dataFile())).catalogVersion).toBe(100)
    write.mockRestore()
    await store.close()
  })
})

describe('Store migrations', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')
  const at = new Date('2026-11-23T12:00:00.000Z')
  const now = (): Date => at
  const preMigrationName = (from: number): string =>
    path.join('backups', `role-atlas.pre-migration-v${from}-2026-11-23T12-00-00-000Z.json`)

  /**
   * v2 (synthetic) prefixes role names with their origin; like the real steps, it adds the
   * lists the schema requires.
   */
  const v1ToV2: Migration = {
    from: 1,
    to: 2,
    migrate: (data) => {
      const roles = data['roles'] as { name: string; origin: string }[]
      return {
        ...data,
        roles: roles.map((role) => ({ ...role, name: `${role.origin}: ${role.name}` })),
        comparisons: [],
        progress: [],
        activity: [],
        plans: [],
        articles: [],
      }
    },
  }

  /** v0 (synthetic) kept roles under `roleList`. */
  const v0ToV1: Migration = {
    from: 0,
    to: 1,
    migrate: ({ roleList, ...rest }) => ({ ...rest, roles: roleList }),
  }

  it('backs up the original bytes, migrates, validates and writes the new version', async () => {
    const original = `${JSON.stringify({ ...v1Db(), roles: [userRole('analytics-translator')] })}`
    await writeFile(dataFile(), original)

    const store = await Store.open(dataFile(), { migrations: [v1ToV2], targetVersion: 2, now })

    expect(store.data.schemaVersion).toBe(2)
    expect(store.data.roles[0]?.name).toBe('user: Analytics Translator')
    expect(store.notices).toEqual([])
    expect(await readDbFile(dataFile())).toEqual(store.data)
    expect(await readFile(path.join(tempDir(), preMigrationName(1)), 'utf8')).toBe(original)
    await store.close()
  })

  it('climbs a v0 → v1 → v2 ladder in one open', async () => {
    await writeFile(
      dataFile(),
      JSON.stringify({
        schemaVersion: 0,
        catalogVersion: 2,
        roleList: [userRole('a')],
        settings: {},
      }),
    )
    const store = await Store.open(dataFile(), {
      migrations: [v0ToV1, v1ToV2],
      targetVersion: 2,
      now,
    })
    expect(store.data).toMatchObject({ schemaVersion: 2, catalogVersion: 2 })
    expect(store.data.roles.map((role) => role.name)).toEqual(['user: Analytics Translator'])
    expect(await listFiles(tempDir())).toContain(preMigrationName(0))
    await store.close()
  })

  it('writes no pre-migration backup when no step runs', async () => {
    const first = await Store.open(dataFile(), { migrations: [v1ToV2], targetVersion: 2, now })
    await first.close()
    const second = await Store.open(dataFile(), { migrations: [v1ToV2], targetVersion: 2, now })
    await second.close()
    expect((await listFiles(tempDir())).filter((name) => name.includes('pre-migration'))).toEqual(
      [],
    )
  })

  it('refuses to open through a gap in the ladder and leaves the file alone', async () => {
    const original = JSON.stringify({ schemaVersion: 0, roleList: [] })
    await writeFile(dataFile(), original)
    const opening = Store.open(dataFile(), { migrations: [v1ToV2], targetVersion: 2, now })
    await expect(opening).rejects.toBeInstanceOf(MigrationError)
    await expect(opening).rejects.toMatchObject({ code: 'gap' })
    expect(await readFile(dataFile(), 'utf8')).toBe(original)
  })

  it('sets aside a file whose migration fails, keeping it intact', async () => {
    const original = JSON.stringify(v1Db())
    await writeFile(dataFile(), original)
    const broken: Migration = { from: 1, to: 2, migrate: (data) => ({ ...data, roles: 'lost' }) }
    const store = await Store.open(dataFile(), { migrations: [broken], targetVersion: 2, now })
    const [notice] = store.notices
    expect(notice?.message).toContain('could not be upgraded from data version 1')
    expect(await readFile(notice?.movedAsidePath ?? '', 'utf8')).toBe(original)
    expect(store.data.schemaVersion).toBe(2)
    await store.close()
  })
})

describe('Store.prepareSteps', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')

  /** A role with `count` responsibilities: a large record, as a merge of a big article makes. */
  function largeRole(id: string, count: number): Role {
    const role = userRole(id)
    const [first] = role.sections.responsibilities
    if (!first) throw new Error('the helper role has a responsibility')
    const responsibilities = Array.from({ length: count }, (_, n) => ({
      ...first,
      id: `r${n}`,
      text: `Responsibility ${n}`,
    }))
    return { ...role, sections: { ...role.sections, responsibilities } }
  }

  it('readies a large record over many steps, and the update keeps it as it is', async () => {
    const store = await Store.open(dataFile())
    const kept = userRole('kept')
    await store.update((db) => {
      db.roles.push(kept)
    })
    const steps = store.prepareSteps('roles', [store.data.roles[0], largeRole('large', 500)])
    let count = 0
    let next = steps.next()
    while (!next.done) {
      count++
      next = steps.next()
    }
    const prepared = next.value
    // One step per value inside it, so main can turn between them: far more than one.
    expect(count).toBeGreaterThan(500)
    expect(prepared[0]).toBe(store.data.roles[0])
    await store.update((db) => {
      db.roles = prepared as Role[]
    })
    // Kept, not parsed into a copy: the text made in the steps is the one written.
    expect(store.data.roles[1]).toBe(prepared[1])
    expect(await readFile(dataFile(), 'utf8')).toBe(toJsonText(store.data))
    await store.close()
  })

  it('hands back a record that does not parse as given, for the update to refuse', async () => {
    const store = await Store.open(dataFile())
    const broken = { ...userRole('broken'), name: 42 } as unknown as Role
    const steps = store.prepareSteps('roles', [broken])
    let next = steps.next()
    while (!next.done) next = steps.next()
    expect(next.value[0]).toBe(broken)
    await expect(
      store.update((db) => {
        db.roles = next.value as Role[]
      }),
    ).rejects.toBeInstanceOf(StoreValidationError)
    expect(store.data.roles).toEqual([])
    await store.close()
  })
})

describe('Store backups of a large file', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')

  // Serializing a 33 MB library again to back it up held main for a fifth of a second; the
  // file already holds those bytes. Written compact here, so a backup serialized from the
  // data (indented) would differ from the file.
  it('copies the data file, byte for byte, when it holds the current data', async () => {
    const first = await Store.open(dataFile())
    await first.update((db) => {
      db.roles.push(userRole('kept'))
    })
    await first.close()
    const compact = JSON.stringify(JSON.parse(await readFile(dataFile(), 'utf8')))
    await writeFile(dataFile(), compact)
    const store = await Store.open(dataFile())
    const { backup } = await store.updateAfterBackup('pre-import', (db) => {
      db.roles = []
    })
    expect(await readFile(backup.path, 'utf8')).toBe(compact)
    // After the store's own write the file and a new backup are its text again.
    const next = await store.backup('pre-replace')
    expect(await readFile(next.path, 'utf8')).toBe(await readFile(dataFile(), 'utf8'))
    expect(await readFile(next.path, 'utf8')).toBe(toJsonText(store.data))
    await store.close()
  })

  it('serializes the data when the file missed a change (a write that failed)', async () => {
    let failRename = false
    const fs = await import('node:fs/promises')
    const store = await Store.open(dataFile(), {
      fs: {
        open: (filePath, flags) => fs.open(filePath, flags),
        rename: async (from, to) => {
          if (failRename) throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' })
          await fs.rename(from, to)
        },
        rm: (filePath, options) => fs.rm(filePath, options),
      },
    })
    failRename = true
    await expect(
      store.update((db) => {
        db.roles.push(userRole('unsaved'))
      }),
    ).rejects.toThrow()
    const backup = await store.backup('pre-import')
    expect(await readFile(backup.path, 'utf8')).toBe(toJsonText(store.data))
    expect(store.data.roles.map((role) => role.id)).toEqual(['unsaved'])
    await store.close()
  })
})

describe('Store writes after a start', () => {
  const tempDir = useTempDir()
  const dataFile = (): string => path.join(tempDir(), 'role-atlas.json')

  // The first write after a start finds nothing encoded yet: for the bench's 33 MB library
  // that held main for 130 to 220 ms in one turn, a stutter on the first tick of a session.
  it('spreads the first write over turns of main, letting a timer due run before the file is written', async () => {
    const first = await Store.open(dataFile())
    await first.update((db) => {
      db.roles = Array.from({ length: 40 }, (_, n) => userRole(`role-${n}`, `Role ${n}`))
    })
    await first.close()
    const seen: string[] = []
    const fs = await import('node:fs/promises')
    const store = await Store.open(dataFile(), {
      // Every look at the clock ends a slice, as the slices of a 33 MB library's write do.
      writeSliceMs: 0,
      fs: {
        open: (filePath, flags) => {
          if (flags === 'wx') seen.push('write the file')
          return fs.open(filePath, flags)
        },
        rename: (from, to) => fs.rename(from, to),
        rm: (filePath, options) => fs.rm(filePath, options),
      },
    })
    setTimeout(() => seen.push('timer'), 0)
    await store.update((db) => {
      db.settings = { windowBounds: { x: 1, y: 2, width: 800, height: 600, maximized: false } }
    })
    expect(seen).toEqual(['timer', 'write the file'])
    expect(await readFile(dataFile(), 'utf8')).toBe(toJsonText(store.data))
    await store.close()
  })
})
