import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { rotateBackups, writePreMigrationBackup } from './backups'
import { dbSchemaAt, decodeDb, defaultDbFor } from './decode'
import { DurableTextFile } from './durable-text-file'
import { JsonFile } from './json-file'
import { migrations, type Migration } from './migrations'
import { recoverFromCorruptFile, type StoreNotice } from './recovery'
import { CURRENT_SCHEMA_VERSION, type Db } from './schema'

export type { StoreNotice } from './recovery'

export interface StoreOptions {
  /** The migration ladder; the app's own by default. */
  migrations?: Migration[]
  /** The schema version to migrate to and validate at; CURRENT_SCHEMA_VERSION by default. */
  targetVersion?: number
  /** The clock for file names and notices. */
  now?: () => Date
  /** How many rotating backups to keep (at least 1); 3 by default. */
  backupsToKeep?: number
}

/** An update was refused because its result does not match the schema; nothing changed. */
export class StoreValidationError extends Error {
  constructor(details: string) {
    super(`The change was not saved because it would make the data invalid:\n${details}`)
    this.name = 'StoreValidationError'
  }
}

/** The store was used after `close()`. */
export class StoreClosedError extends Error {
  constructor() {
    super('The data store is closed.')
    this.name = 'StoreClosedError'
  }
}

/**
 * The app's database: one JSON file held by lowdb, validated on load and on every change,
 * migrated forward, written atomically and durably with rotating backups, and recovered from
 * backup (never overwritten) when the file turns out to be damaged.
 */
export class Store {
  readonly #filePath: string
  readonly #low: Low<Db>
  readonly #schema: z.ZodType<Db>
  readonly #notices: StoreNotice[]
  #lastWrite: Promise<void> = Promise.resolve()
  #closed = false

  private constructor(
    filePath: string,
    low: Low<Db>,
    schema: z.ZodType<Db>,
    notices: StoreNotice[],
  ) {
    this.#filePath = filePath
    this.#low = low
    this.#schema = schema
    this.#notices = notices
  }

  /**
   * Opens (creating if needed) the store at `filePath`. A missing file starts from defaults,
   * written at once; an older file is backed up, migrated and written; a file that cannot be
   * used is set aside and replaced by the newest usable backup or defaults, with a notice.
   * Afterwards the file on disk is always valid at the target version.
   */
  static async open(filePath: string, options: StoreOptions = {}): Promise<Store> {
    const targetVersion = options.targetVersion ?? CURRENT_SCHEMA_VERSION
    const keep = options.backupsToKeep ?? 3
    if (!Number.isInteger(keep) || keep < 1) {
      throw new RangeError(`backupsToKeep must be a whole number of at least 1, not ${keep}.`)
    }
    const now = options.now ?? (() => new Date())
    const schema = dbSchemaAt(targetVersion)
    const decodeOptions = { ladder: options.migrations ?? migrations, targetVersion, schema }
    await mkdir(path.dirname(filePath), { recursive: true })

    const file = new DurableTextFile(filePath, {
      afterWrite: (text) => rotateBackups(filePath, text, keep),
    })
    const text = await file.read()
    let db = defaultDbFor(schema, targetVersion)
    let needsWrite = true
    const notices: StoreNotice[] = []
    if (text !== null) {
      const decoded = await decodeDb(text, {
        ...decodeOptions,
        beforeMigration: async (fromVersion) => {
          await writePreMigrationBackup(filePath, fromVersion, now())
        },
      })
      if (decoded.ok) {
        db = decoded.db
        needsWrite = decoded.migrated
      } else {
        const recovered = await recoverFromCorruptFile(filePath, {
          reason: decoded.reason,
          decode: (backupText) => decodeDb(backupText, decodeOptions),
          defaults: () => defaultDbFor(schema, targetVersion),
          at: now(),
        })
        db = recovered.db
        needsWrite = false
        notices.push(recovered.notice)
      }
    }
    const low = new Low<Db>(new JsonFile(file, (value) => schema.parse(value)), deepFreeze(db))
    if (needsWrite) await low.write()
    return new Store(filePath, low, schema, notices)
  }

  get filePath(): string {
    return this.#filePath
  }

  /** The current data. It is frozen: change it only through {@link update}. */
  get data(): Readonly<Db> {
    return this.#low.data
  }

  /** What happened while opening that the user must be told (a recovery), oldest first. */
  get notices(): StoreNotice[] {
    return [...this.#notices]
  }

  /**
   * Applies `mutate` (synchronously) to a copy of the data, validates the result and, if
   * valid, makes it the current data and writes it. Resolves once it is durable. An invalid result rejects with a
   * {@link StoreValidationError} and changes nothing. If the disk write fails the promise
   * rejects with that error, while the change stays in memory for the next write to carry.
   */
  async update(mutate: (draft: Db) => void): Promise<void> {
    if (this.#closed) throw new StoreClosedError()
    const draft = structuredClone(this.#low.data)
    mutate(draft)
    const result = this.#schema.safeParse(draft)
    if (!result.success) throw new StoreValidationError(z.prettifyError(result.error))
    this.#low.data = deepFreeze(result.data)
    const written = this.#low.write()
    // Writes settle in order, so waiting for the latest one waits for all of them.
    this.#lastWrite = written.catch(() => undefined)
    await written
  }

  /**
   * Refuses further updates and resolves once every pending write has settled. Write errors
   * are not repeated here: they already rejected the updates they belonged to.
   */
  async close(): Promise<void> {
    this.#closed = true
    await this.#lastWrite
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
