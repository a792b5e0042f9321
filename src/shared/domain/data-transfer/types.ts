// Plain types of the export, import and backup screens, apart from the zod schemas so the
// renderer can use them without zod.
import type { DataCounts, DataKind } from './counts'

/** `merge`: keep both, the newest of each record wins; `replace`: the file's data replaces yours. */
export type ImportMode = 'merge' | 'replace'

/** What an import does to one kind of record. */
export interface KindChanges {
  /** In the file, not here. */
  added: number
  /** In both and different; the file's copy is taken. */
  updated: number
  /** In both and the same. */
  unchanged: number
  /** In both, changed on both sides (merge), whichever copy was kept. */
  conflicts: number
  /** Here and not in the file: only a replace removes them. */
  removed: number
}

export type DataChanges = Record<DataKind, KindChanges>

/** One record whose two copies differ, and which one a merge keeps. */
export interface ImportConflict {
  kind: DataKind
  /** The record's title, name, key or id, as the user would recognize it. */
  label: string
  kept: 'yours' | 'file'
  /** Why that copy: "changed more recently", "no date to compare, yours is kept". */
  reason: string
}

/** What an import file holds and what each mode would do with it. */
export interface DataImportPreview {
  /** Hands the checked file to `data:applyImport`; expires after a while. */
  token: string
  fileName: string
  appVersion: string
  exportedAt: string
  counts: DataCounts
  merge: DataChanges
  replace: DataChanges
  /** The records a merge keeps one copy of, at most a screenful (see `conflictCount`). */
  conflicts: ImportConflict[]
  conflictCount: number
  /** Things the user should know that do not stop the import. */
  warnings: string[]
}

/** What an import did. */
export interface DataImportResult {
  mode: ImportMode
  changes: DataChanges
  /** The backup taken just before, so the import can be undone from the Backups list. */
  backupId: string
}

/** Where an export went; `saved: false` when the user cancelled the save dialog. */
export type DataExportResult = { saved: true; path: string; counts: DataCounts } | { saved: false }
