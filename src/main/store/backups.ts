import { lstat, mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { BackupKind, EventBackupKind } from '../../shared/domain/data-transfer/backup-types'
import { localDay } from '../../shared/domain/progress/calendar'
import {
  copyFileDurably,
  copyToNewFile,
  syncDirectory,
  writeFileDurably,
  type FileContent,
} from './durable-fs'
import { hasErrorCode } from './errno'
import { fileStem, fileTimestamp } from './file-names'

/**
 * How many backups stay in the folder. A week of daily backups lets the user go back to any
 * day of the last week they used the app; ten event backups cover the last several imports,
 * replaces, restores and upgrades (each taken just before one) without the folder growing
 * with every one of them. So the folder never holds more than 17 copies of the data file.
 */
export const DAILY_BACKUPS_KEPT = 7
export const EVENT_BACKUPS_KEPT = 10

/** One backup of the main file. */
export interface Backup {
  path: string
  /** The file's name: unique in the folder, so it serves as the backup's id. */
  name: string
  kind: BackupKind
  /** When it was taken, read from its name (copies and restores of the folder keep that). */
  savedAt: Date
  /** For a `pre-migration` backup, the data version the file was at. */
  fromVersion?: number
}

/** `<dir>/backups`, next to the main file. */
export function backupsDir(filePath: string): string {
  return path.join(path.dirname(filePath), 'backups')
}

// `2026-11-23T12-00-00-000Z`, as fileTimestamp writes it.
const TIMESTAMP = '(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z'

/** `<stem>.<kind>-<timestamp>[-<n>].json`; a pre-migration kind carries `-v<from>`. */
function backupNamePattern(filePath: string): RegExp {
  const stem = fileStem(filePath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const kinds = 'daily|pre-migration-v(\\d+)|pre-import|pre-replace|pre-restore|pre-sync'
  return new RegExp(`^${stem}\\.(${kinds})-${TIMESTAMP}(?:-(\\d+))?\\.json$`)
}

/** A backup named in the folder, and its `-<n>` suffix (1 without one) to order equal times. */
interface NamedBackup {
  backup: Backup
  collision: number
}

function parseBackupName(filePath: string, name: string): NamedBackup | null {
  const match = backupNamePattern(filePath).exec(name)
  if (!match) return null
  const [, kindPart = '', from, day, hours, minutes, seconds, millis, collision] = match
  const savedAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`)
  if (Number.isNaN(savedAt.getTime())) return null
  const kind = (from === undefined ? kindPart : 'pre-migration') as BackupKind
  return {
    backup: {
      path: path.join(backupsDir(filePath), name),
      name,
      kind,
      savedAt,
      ...(from === undefined ? {} : { fromVersion: Number(from) }),
    },
    collision: collision === undefined ? 1 : Number(collision),
  }
}

/**
 * The main file's backups, newest first; empty when there are none. Files whose names are
 * not a backup's (temp files, files the user put there) are left out.
 */
export async function listBackups(filePath: string): Promise<Backup[]> {
  let names: string[]
  try {
    // Only regular files: a link (or anything else) under a backup's name was not written by
    // the app, and following it on restore would read whatever it points to.
    const entries = await readdir(backupsDir(filePath), { withFileTypes: true })
    names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name)
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return []
    throw error
  }
  return names
    .map((name) => parseBackupName(filePath, name))
    .filter((named) => named !== null)
    .sort(
      (a, b) =>
        b.backup.savedAt.getTime() - a.backup.savedAt.getTime() || b.collision - a.collision,
    )
    .map((named) => named.backup)
}

/** A backup's size in bytes. */
export async function backupSize(backup: Backup): Promise<number> {
  return (await lstat(backup.path)).size
}

/**
 * What a backup holds: the content to write, or a file (the data file, when it holds the data
 * being backed up) to copy as it is, so a large file is not serialized again to be backed up.
 */
export type BackupContent = FileContent | { copyOf: string }

/**
 * Writes `content` durably as a new backup of `kind` taken `at`, never replacing another (a
 * `-2`, `-3`… suffix when the name is taken), then prunes the folder to its bounds.
 */
export async function writeBackup(
  filePath: string,
  kind: 'daily' | Exclude<EventBackupKind, 'pre-migration'>,
  content: BackupContent,
  at: Date,
): Promise<Backup> {
  await ensureBackupsDir(filePath)
  const stem = `${fileStem(filePath)}.${kind}-${fileTimestamp(at)}`
  // The store is the folder's only writer (one instance of the app), so a name found free
  // here is still free when the rename below lands on it.
  let target = path.join(backupsDir(filePath), `${stem}.json`)
  for (let n = 2; await exists(target); n++) {
    target = path.join(backupsDir(filePath), `${stem}-${n}.json`)
  }
  if (typeof content === 'object' && 'copyOf' in content) {
    await copyFileDurably(content.copyOf, target)
  } else {
    await writeFileDurably(target, content)
  }
  await pruneBackups(filePath)
  const written = parseBackupName(filePath, path.basename(target))
  if (!written) throw new Error(`A backup was written under a name it cannot be listed by.`)
  return written.backup
}

/**
 * Copies the main file, byte for byte, before it is migrated from `fromVersion`, to
 * `<dir>/backups/<stem>.pre-migration-v<from>-<timestamp>.json`, then prunes the folder.
 * Returns the copy's path.
 */
export async function writePreMigrationBackup(
  filePath: string,
  fromVersion: number,
  at: Date,
): Promise<string> {
  await ensureBackupsDir(filePath)
  const stem = `${fileStem(filePath)}.pre-migration-v${fromVersion}-${fileTimestamp(at)}`
  const copy = await copyToNewFile(filePath, backupsDir(filePath), stem)
  await pruneBackups(filePath)
  return copy
}

/**
 * Deletes the oldest backups beyond the bounds: the daily ones beyond {@link DAILY_BACKUPS_KEPT}
 * and the event ones beyond {@link EVENT_BACKUPS_KEPT}, each counted on its own so a burst of
 * imports never pushes out the last week's daily backups.
 */
async function pruneBackups(filePath: string): Promise<void> {
  const backups = await listBackups(filePath)
  const daily = backups.filter((backup) => backup.kind === 'daily')
  const events = backups.filter((backup) => backup.kind !== 'daily')
  const expired = [...daily.slice(DAILY_BACKUPS_KEPT), ...events.slice(EVENT_BACKUPS_KEPT)]
  for (const backup of expired) await rm(backup.path, { force: true })
}

/**
 * Makes the day's backup the first time the data is saved (or opened) on a day. Which day was
 * last backed up is kept in memory after the first look at the folder, so a save on a day
 * already covered costs no file-system call at all.
 */
export class DailyBackups {
  readonly #filePath: string
  readonly #now: () => Date
  #coveredDay: string | undefined

  constructor(filePath: string, now: () => Date) {
    this.#filePath = filePath
    this.#now = now
  }

  /**
   * Backs `content` up as today's backup unless today already has one; a function is called
   * only when the backup is taken, so a day already covered never pays for the content.
   */
  async keep(content: FileContent | (() => FileContent)): Promise<void> {
    const at = this.#now()
    const today = localDay(at.toISOString())
    // A daily backup is one per calendar day as the user sees it, in local time.
    this.#coveredDay ??= await this.#newestDailyDay()
    if (this.#coveredDay === today) return
    await writeBackup(
      this.#filePath,
      'daily',
      typeof content === 'function' ? content() : content,
      at,
    )
    this.#coveredDay = today
  }

  async #newestDailyDay(): Promise<string> {
    const newest = (await listBackups(this.#filePath)).find((backup) => backup.kind === 'daily')
    return newest ? localDay(newest.savedAt.toISOString()) : ''
  }
}

async function exists(filePath: string): Promise<boolean> {
  try {
    // The name itself, link or not: a link there is never written through.
    await lstat(filePath)
    return true
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return false
    throw error
  }
}

async function ensureBackupsDir(filePath: string): Promise<void> {
  const created = await mkdir(backupsDir(filePath), { recursive: true })
  // A new directory's own entry lives in its parent; flush that too.
  if (created !== undefined) await syncDirectory(path.dirname(filePath))
}
