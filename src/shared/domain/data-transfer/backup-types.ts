// Plain types and labels for backups, apart from any zod schema so the renderer can use them.
import type { DataCounts } from './counts'

/**
 * What made a backup: the first save of a day (or the first start of a day), or a change that
 * replaces much at once and is taken just before it: an upgrade of the file's format, an
 * import merged in, an import replacing everything, a restore of another backup.
 */
export type BackupKind =
  'daily' | 'pre-migration' | 'pre-import' | 'pre-replace' | 'pre-restore' | 'pre-sync'

/** The kinds taken before one change; they share one bound, apart from the daily ones. */
export type EventBackupKind = Exclude<BackupKind, 'daily'>

/** How the Backups list names each kind. */
export const backupKindLabels: Record<BackupKind, string> = {
  daily: 'Daily',
  'pre-migration': 'Before an upgrade',
  'pre-import': 'Before an import',
  'pre-replace': 'Before a replace',
  'pre-restore': 'Before a restore',
  'pre-sync': 'Before a sync',
}

/** One backup as the Backups screen lists it. */
export interface BackupView {
  /** The file's name in the backups folder; what `backups:restore` takes. */
  id: string
  kind: BackupKind
  /** ISO time the backup was taken (from its name, not the file's modification time). */
  createdAt: string
  sizeBytes: number
  /** What it holds, or why it cannot be read (then it cannot be restored either). */
  contents: { readable: true; counts: DataCounts } | { readable: false; reason: string }
}

/** What a restore did. */
export interface RestoreResult {
  restored: BackupView
  /** The backup of the data as it was just before, so the restore itself can be undone. */
  safetyBackupId: string
}
