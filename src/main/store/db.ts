import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { Steps } from '../../shared/domain/article-import/steps'
import type { EventBackupKind } from '../../shared/domain/data-transfer/backup-types'
import { appendOnlyKeysOf } from './append-only'
import {
  DailyBackups,
  writeBackup,
  writePreMigrationBackup,
  type Backup,
  type BackupContent,
} from './backups'
import { dbSchemaAt, decodeDb, defaultDbFor } from './decode'
import { deepFreeze, freezeInsideSteps } from './deep-freeze'
import { draftOf } from './draft'
import { removeLeftoverTempFiles, type DurableFs } from './durable-fs'
import { DurableTextFile } from './durable-text-file'
import { NotARegularFileError } from '../files/read-at-most'
import { JsonFile } from './json-file'
import { isKnownValid, markValid } from './known-valid'
import { parseInSteps } from './parse-in-steps'
import { StoreText } from './store-text'
import { migrations, type Migration } from './migrations'
import { recoverFromCorruptFile, type StoreNotice } from './recovery'
import { CURRENT_SCHEMA_VERSION, type Db } from './schema'
import { StoreWriteError } from './store-write-error'
import { validateChange } from './validate-change'

export type { StoreNotice } from './recovery'

export interface StoreOptions {
  /** The migration ladder; the app's own by default. */
  migrations?: Migration[]
  /** The schema version to migrate to and validate at; CURRENT_SCHEMA_VERSION by default. */
  targetVersion?: number
  /** The clock for file names, notices and the daily backup. */
  now?: () => Date
  /** The file-system calls that writing the data file makes; tests make them fail. */
  fs?: DurableFs
  /**
   * How long a write may encode in one turn of main before it goes on in the next (8 ms by
   * default; tests pass 0 to see a write spread over turns).
   */
  writeSliceMs?: number
}

/**
 * Told of every committed update, synchronously, with the data before and after it (both
 * frozen). Sync captures local changes this way without the services knowing about it.
 */
export type CommitListener = (previous: Readonly<Db>, next: Readonly<Db>) => void

/** An update was refused because its result does not match the schema; nothing changed. */
export class StoreValidationError extends Error {
  constructor(details: string) {
    super(`The change was not saved because it would make the data invalid:\n${details}`)
    this.name = 'StoreValidationError'
  }
}

/**
 * The data file's text (null when there is none), or why it cannot be read at all: a path
 * that is not a regular file (a pipe, a link to a device) would otherwise hang the start.
 */
async function readStoreFile(
  file: DurableTextFile,
): Promise<{ text: string | null; unusable: string | null }> {
  try {
    return { text: await file.read(), unusable: null }
  } catch (error) {
    if (error instanceof NotARegularFileError) {
      return { text: null, unusable: 'it is not a regular file but a pipe or a device' }
    }
    throw error
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
 * migrated forward, written atomically and durably, backed up once a day and before changes
 * that replace much at once (see backups.ts), and recovered from backup (never overwritten)
 * when the file turns out to be damaged.
 */
export class Store {
  readonly #filePath: string
  readonly #low: Low<Db>
  readonly #text: StoreText
  readonly #schema: z.ZodType<Db>
  readonly #appendOnlyKeys: ReadonlySet<string>
  readonly #notices: StoreNotice[]
  readonly #now: () => Date
  #lastWrite: Promise<void> = Promise.resolve()
  #queuedWrite: Promise<void> | null = null
  /**
   * Settles when the bulk change holding the writer (see {@link updateAfterBackup}) has
   * applied; null when none does. Updates that arrive meanwhile wait for it, in order.
   */
  #held: Promise<void> | null = null
  #closed = false
  /**
   * The data the file on disk holds (the last write that completed), or null when unknown: a
   * backup of exactly that data copies the file instead of serializing it again.
   */
  #onDisk: Readonly<Db> | null = null
  readonly #commitListeners = new Set<CommitListener>()

  private constructor(
    filePath: string,
    low: Low<Db>,
    text: StoreText,
    schema: z.ZodType<Db>,
    appendOnlyKeys: ReadonlySet<string>,
    notices: StoreNotice[],
    now: () => Date,
  ) {
    this.#filePath = filePath
    this.#low = low
    this.#text = text
    this.#schema = schema
    this.#appendOnlyKeys = appendOnlyKeys
    this.#notices = notices
    this.#now = now
  }

  /**
   * Opens (creating if needed) the store at `filePath`. A missing file starts from defaults,
   * written at once; an older file is backed up, migrated and written; a file that cannot be
   * used is set aside and replaced by the newest usable backup or defaults, with a notice.
   * Afterwards the file on disk is always valid at the target version, and the day has its
   * backup.
   */
  static async open(filePath: string, options: StoreOptions = {}): Promise<Store> {
    const targetVersion = options.targetVersion ?? CURRENT_SCHEMA_VERSION
    const now = options.now ?? (() => new Date())
    const schema = dbSchemaAt(targetVersion)
    const decodeOptions = { ladder: options.migrations ?? migrations, targetVersion, schema }
    await mkdir(path.dirname(filePath), { recursive: true })

    // The first save of a day makes that day's backup; later saves that day cost nothing more.
    const daily = new DailyBackups(filePath, now)
    const file = new DurableTextFile(filePath, {
      afterWrite: (text) => daily.keep(text),
      fs: options.fs,
    })
    // A write killed halfway leaves its temp file; the data file itself is whole either way.
    await removeLeftoverTempFiles(filePath)
    const read = await readStoreFile(file)
    const text = read.text
    let db = defaultDbFor(schema, targetVersion)
    let needsWrite = true
    // The file's own text when it is used as read: a daily backup taken now copies it as is,
    // rather than serialising the whole database again on every start.
    let unchangedText: string | null = null
    const notices: StoreNotice[] = []
    if (read.unusable !== null) {
      const recovered = await recoverFromCorruptFile(filePath, {
        reason: read.unusable,
        decode: (backupText) => decodeDb(backupText, decodeOptions),
        defaults: () => defaultDbFor(schema, targetVersion),
        at: now(),
        notARegularFile: true,
      })
      db = recovered.db
      needsWrite = false
      notices.push(recovered.notice)
    } else if (text !== null) {
      const decoded = await decodeDb(text, {
        ...decodeOptions,
        beforeMigration: async (fromVersion) => {
          await writePreMigrationBackup(filePath, fromVersion, now())
        },
      })
      if (decoded.ok) {
        db = decoded.db
        needsWrite = decoded.migrated
        if (!decoded.migrated) unchangedText = text
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
    const appendOnlyKeys = appendOnlyKeysOf(schema)
    const storeText = new StoreText(appendOnlyKeys)
    const low = new Low<Db>(
      new JsonFile(
        file,
        (value) => schema.parse(value),
        (value) => storeText.chunksSteps(value),
        options.writeSliceMs,
      ),
      deepFreeze(db),
    )
    if (needsWrite) await low.write()
    else await daily.keep(unchangedText ?? (() => storeText.chunksOf(low.data)))
    const store = new Store(filePath, low, storeText, schema, appendOnlyKeys, notices, now)
    // Written just now, or read from the file as it is; a recovery leaves the file aside.
    if (needsWrite || unchangedText !== null) store.#onDisk = low.data
    return store
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
   * Applies `mutate` (synchronously, or right after the bulk change holding the writer) to a
   * draft of the data, validates the result and, if valid, makes it the current data and
   * writes it. Resolves, with what `mutate` returned,
   * once it is durable. An invalid
   * result rejects with a {@link StoreValidationError} and changes nothing. If the disk write
   * fails the promise rejects with a {@link StoreWriteError} (the disk's error as its cause),
   * while the change stays in memory for the next write to carry.
   *
   * The draft's top-level lists and objects are copies, but their records are the current,
   * frozen ones (see {@link draftOf}): add, remove or replace records, never edit one in place.
   * The activity log's draft only takes pushes (or being replaced whole).
   * Only what changed is validated (see {@link validateChange}), so the cost of an update
   * follows the size of the change, not of the database.
   */
  async update<T = void>(mutate: (draft: Db) => T): Promise<T> {
    if (this.#closed) throw new StoreClosedError()
    // A bulk change is between its backup and its change: wait, so this lands after both.
    if (this.#held) return this.#held.then(() => this.update(mutate))
    const result = this.#apply(mutate)
    await this.#durably(this.#write())
    return result
  }

  /**
   * A change that replaces or merges much at once (a replace, a merge import, a restore, an
   * article merge): saves the current data as a backup of `kind`, then applies `mutate` to
   * exactly that data, as one turn of the store's single writer. Updates that arrive while
   * the backup is written wait and land after the change, so every acknowledged update is
   * either in the backup (and Undo brings it back) or in the new data, never lost between
   * them. Nothing changes when the backup cannot be written or the result is invalid.
   */
  async updateAfterBackup<T>(
    kind: Exclude<EventBackupKind, 'pre-migration'>,
    mutate: (draft: Db) => T,
  ): Promise<{ value: T; backup: Backup }> {
    if (this.#closed) throw new StoreClosedError()
    if (this.#held) return this.#held.then(() => this.updateAfterBackup(kind, mutate))
    let release = (): void => undefined
    this.#held = new Promise((resolve) => {
      release = resolve
    })
    let written: Promise<void>
    let value: T
    let backup: Backup
    try {
      // The data is frozen and nothing else changes it while the writer is held, so the
      // backup holds exactly what the change below starts from.
      backup = await writeBackup(this.#filePath, kind, await this.#contentNow(), this.#now())
      value = this.#apply(mutate)
      written = this.#write()
    } finally {
      this.#held = null
      release()
    }
    await this.#durably(written)
    return { value, backup }
  }

  /**
   * Gets records that an update will soon put into the top-level list `key` ready for it, as
   * steps to run between other turns of main: each record not in the list now is parsed by
   * the list's record schema (a step of its own), frozen and marked valid, and its text for
   * the file is made a step per value. Returns the list with those records in place of the
   * given ones; an update that puts them in keeps them without parsing or serializing them
   * again, so a change of megabytes does not hold main while it is saved. A record that does
   * not parse is returned as given, for the update to refuse as it would anyway.
   */
  *prepareSteps<T>(key: keyof Db, records: readonly T[]): Steps<T[]> {
    const field = this.#schema instanceof z.ZodObject ? this.#schema.shape[key] : undefined
    const current: unknown = this.#low.data[key]
    if (!(field instanceof z.ZodArray) || !Array.isArray(current)) return [...records]
    const kept = new Set<unknown>(current)
    const prepared: T[] = []
    for (const record of records) {
      if (kept.has(record) || isKnownValid(field.element, record)) {
        prepared.push(record)
        continue
      }
      const parsed = yield* parseInSteps(field.element, record)
      if (parsed.success) yield* freezeInsideSteps(parsed.data)
      yield
      prepared.push(parsed.success ? markValid(field.element, parsed.data as T) : record)
    }
    yield* this.#text.rememberSteps(prepared.filter((record) => !kept.has(record)))
    return prepared
  }

  /** Applies `mutate` to a draft, validates only what changed and makes it the current data. */
  #apply<T>(mutate: (draft: Db) => T): T {
    const previous = this.#low.data
    const draft = draftOf(previous, this.#appendOnlyKeys)
    const result = mutate(draft)
    const checked = validateChange(this.#schema, previous, draft)
    if (!checked.success) throw new StoreValidationError(z.prettifyError(checked.error))
    this.#low.data = deepFreeze(checked.data)
    for (const listener of this.#commitListeners) listener(previous, this.#low.data)
    return result
  }

  async #durably(write: Promise<void>): Promise<void> {
    await write.catch((error: unknown) => {
      throw new StoreWriteError(error)
    })
  }

  /** Calls `listener` after each committed update (see {@link CommitListener}); returns its removal. */
  onCommit(listener: CommitListener): () => void {
    this.#commitListeners.add(listener)
    return () => this.#commitListeners.delete(listener)
  }

  /**
   * Writes the current data once the write in flight (if any) is done. Updates made before
   * that write starts share it, so a burst of updates serializes and writes the newest data
   * once instead of once per update.
   */
  #write(): Promise<void> {
    this.#queuedWrite ??= this.#lastWrite.then(() => {
      this.#queuedWrite = null
      const data = this.#low.data
      return this.#low.write().then(() => {
        this.#onDisk = data
      })
    })
    // Writes settle in order, so waiting for the latest one waits for all of them.
    this.#lastWrite = this.#queuedWrite.catch(() => undefined)
    return this.#queuedWrite
  }

  /**
   * Saves the current data (every acknowledged update included) as a new backup of `kind`;
   * the folder is pruned to its bounds. Before a change, use {@link updateAfterBackup}
   * instead: a backup taken apart from its change misses what lands between the two.
   */
  async backup(kind: Exclude<EventBackupKind, 'pre-migration'>): Promise<Backup> {
    if (this.#closed) throw new StoreClosedError()
    if (this.#held) return this.#held.then(() => this.backup(kind))
    return writeBackup(this.#filePath, kind, await this.#contentNow(), this.#now())
  }

  /**
   * The current data as a backup takes it: once the writes in flight are done, the data file
   * itself when it holds exactly the current data (a copy leaves main free however large the
   * file), else the data serialized (a write failed, or the file was recovered).
   */
  async #contentNow(): Promise<BackupContent> {
    await this.#lastWrite
    const data = this.#low.data
    return this.#onDisk === data ? { copyOf: this.#filePath } : this.#text.chunksOf(data)
  }

  /**
   * Refuses further updates and resolves once every pending write has settled. Write errors
   * are not repeated here: they already rejected the updates they belonged to.
   */
  async close(): Promise<void> {
    this.#closed = true
    await this.#held
    await this.#lastWrite
  }
}
