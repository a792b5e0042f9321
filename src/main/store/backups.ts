import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { copyToNewFile, syncDirectory, writeFileDurably } from './durable-fs'
import { hasErrorCode } from './errno'
import { fileStem, fileTimestamp } from './file-names'

/** One rotating backup of the main file. */
export interface Backup {
  path: string
  /** 1 is the newest. */
  generation: number
  /** When this generation was written (renames during rotation keep it). */
  savedAt: Date
}

/** `<dir>/backups`, next to the main file. */
export function backupsDir(filePath: string): string {
  return path.join(path.dirname(filePath), 'backups')
}

/** `<dir>/backups/<stem>.backup-<generation>.json`. */
export function backupPath(filePath: string, generation: number): string {
  return path.join(backupsDir(filePath), `${fileStem(filePath)}.backup-${generation}.json`)
}

/** The main file's rotating backups, newest first; empty when there are none. */
export async function listBackups(filePath: string): Promise<Backup[]> {
  const prefix = `${fileStem(filePath)}.backup-`
  let names: string[]
  try {
    names = await readdir(backupsDir(filePath))
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return []
    throw error
  }
  const generations = names
    .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
    .map((name) => name.slice(prefix.length, -'.json'.length))
    .filter((middle) => /^[1-9]\d*$/.test(middle))
    .map(Number)
    .sort((a, b) => a - b)
  return Promise.all(
    generations.map(async (generation) => {
      const backupFile = backupPath(filePath, generation)
      return { path: backupFile, generation, savedAt: (await stat(backupFile)).mtime }
    }),
  )
}

/**
 * Makes `text` (just written to the main file) the newest backup: every older generation
 * moves one down and those beyond `keep` are deleted, so `keep` backups remain.
 */
export async function rotateBackups(filePath: string, text: string, keep: number): Promise<void> {
  await ensureBackupsDir(filePath)
  // Oldest first, so each rename moves into a slot that is free or about to be dropped.
  for (const backup of (await listBackups(filePath)).reverse()) {
    if (backup.generation >= keep) await rm(backup.path, { force: true })
    else await rename(backup.path, backupPath(filePath, backup.generation + 1))
  }
  // This ends by fsyncing the backups directory, which makes the renames above durable too.
  await writeFileDurably(backupPath(filePath, 1), text)
}

/**
 * Copies the main file, byte for byte, before it is migrated from `fromVersion`, to
 * `<dir>/backups/<stem>.pre-migration-v<from>-<timestamp>.json`. Returns the copy's path.
 */
export async function writePreMigrationBackup(
  filePath: string,
  fromVersion: number,
  at: Date,
): Promise<string> {
  await ensureBackupsDir(filePath)
  const stem = `${fileStem(filePath)}.pre-migration-v${fromVersion}-${fileTimestamp(at)}`
  return copyToNewFile(filePath, backupsDir(filePath), stem)
}

async function ensureBackupsDir(filePath: string): Promise<void> {
  const created = await mkdir(backupsDir(filePath), { recursive: true })
  // A new directory's own entry lives in its parent; flush that too.
  if (created !== undefined) await syncDirectory(path.dirname(filePath))
}
