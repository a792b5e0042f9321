import { randomUUID } from 'node:crypto'
import { rename } from 'node:fs/promises'
import path from 'node:path'
import { listBackups, type Backup } from './backups'
import type { AppNotice } from '../../shared/domain/notice'
import type { Decoded } from './decode'
import { copyToNewFile, writeFileDurably } from './durable-fs'
import { fileStem, fileTimestamp } from './file-names'
import { toJsonText } from './json-file'
import type { Db } from './schema'
import { readTextFile } from '../files/read-at-most'
import { DATA_FILE_MAX_BYTES } from './store-limits'

/** What the store tells the user after a recovery; the same shape the renderer shows. */
export type StoreNotice = AppNotice

export interface RecoveryOptions {
  /** Why the file could not be used, as a phrase: "it was empty". */
  reason: string
  /** Decodes (and migrates) a backup's text the same way the main file is decoded. */
  decode: (text: string) => Promise<Decoded>
  /** What to start from when no backup is usable. */
  defaults: () => Db
  at: Date
  /**
   * True when the path is not a regular file (a pipe, or a link to a device): it is renamed
   * aside, as copying it would never end, and it holds no data a copy could keep.
   */
  notARegularFile?: boolean
}

/**
 * Recovers from a main file that cannot be used without losing it: sets it aside as
 * `<stem>.corrupt-<timestamp>.json`, writes the newest backup that decodes (of any kind:
 * daily or taken before a change) or else defaults as the new main file, and returns that data
 * with a notice for the user.
 */
export async function recoverFromCorruptFile(
  filePath: string,
  options: RecoveryOptions,
): Promise<{ db: Db; notice: StoreNotice }> {
  // Copied, then atomically replaced, rather than renamed away: a crash in between leaves
  // the damaged file in place to recover again, never a missing one that reads as "new user".
  const asideStem = `${fileStem(filePath)}.corrupt-${fileTimestamp(options.at)}`
  const movedAsidePath = options.notARegularFile
    ? await renameAside(filePath, asideStem)
    : await copyToNewFile(filePath, path.dirname(filePath), asideStem)
  const restored = await newestUsableBackup(filePath, options.decode)
  const db = restored?.db ?? options.defaults()
  // Written directly, not through the store: the backups stay exactly as they were, and the
  // user can still pick an older one from the Backups screen.
  await writeFileDurably(filePath, toJsonText(db))
  const base = {
    id: randomUUID(),
    movedAsidePath,
    at: options.at.toISOString(),
  }
  const unreadable = `Your data file could not be read (${options.reason}). It was moved to ${movedAsidePath}`
  if (!restored) {
    return {
      db,
      notice: {
        ...base,
        kind: 'reset-to-defaults',
        message: `${unreadable}. No usable backup was found, so Role Atlas started from a fresh data file.`,
      },
    }
  }
  return {
    db,
    notice: {
      ...base,
      kind: 'recovered-from-backup',
      restoredFromPath: restored.backup.path,
      message: `${unreadable} and your data was restored from the backup of ${formatBackupTime(restored.backup.savedAt)}.`,
    },
  }
}

/** Renames the path itself (never what a link points to) to `<dir>/<stem>.json`. */
async function renameAside(filePath: string, stem: string): Promise<string> {
  const target = path.join(path.dirname(filePath), `${stem}-${randomUUID().slice(0, 8)}.json`)
  await rename(filePath, target)
  return target
}

async function newestUsableBackup(
  filePath: string,
  decode: (text: string) => Promise<Decoded>,
): Promise<{ db: Db; backup: Backup } | null> {
  for (const backup of await listBackups(filePath)) {
    try {
      const decoded = await decode(
        await readTextFile(backup.path, DATA_FILE_MAX_BYTES, { followSymlinks: false }),
      )
      if (decoded.ok) return { db: decoded.db, backup }
    } catch {
      // An unreadable backup is skipped like an invalid one; an older one may still be good.
    }
  }
  return null
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "23 Nov 2026, 12:00" in local time; fixed English so the message reads the same everywhere. */
function formatBackupTime(at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  const month = MONTHS[at.getMonth()] ?? ''
  return `${at.getDate()} ${month} ${at.getFullYear()}, ${pad(at.getHours())}:${pad(at.getMinutes())}`
}
