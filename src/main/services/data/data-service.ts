import { randomUUID } from 'node:crypto'
import path from 'node:path'
import {
  buildExport,
  exportToText,
  mergeOutcome,
  replaceOutcome,
  readExport,
  replaceChanges,
  type UserData,
} from '../../../shared/domain/data-transfer'
import { countData, dataKindLabels, dataKinds } from '../../../shared/domain/data-transfer/counts'
import {
  EXPORT_FILE_MAX_BYTES,
  EXPORT_RECORDS_MAX,
  IMPORT_PREVIEW_TTL_MS,
} from '../../../shared/domain/data-transfer/limits'
import type {
  DataExportResult,
  DataImportResult,
  ImportMode,
} from '../../../shared/domain/data-transfer/types'
import { localDay } from '../../../shared/domain/progress/calendar'
import type { ActivityEvent } from '../../../shared/domain/progress/types'
import type { DataPreviewResult } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { ChooseOpenPath, ChooseSavePath } from '../../dialogs/dialogs'
import { FileTooLargeError, NotARegularFileError, readWholeFile } from '../../files/read-at-most'
import { saveChosenFile } from '../../files/save-chosen-file'
import { hasErrorCode } from '../../store/errno'
import type { Store } from '../../store/db'
import { CURRENT_SCHEMA_VERSION, DbSchema, type Db } from '../../store/schema'

type Settings = Db['settings']

/** The most conflicts a preview lists one by one; the rest are counted. */
const CONFLICTS_LISTED = 50

export interface DataServiceOptions {
  /** This app's version, written into exports and named when a newer file is refused. */
  appVersion: string
  /** Ids of the articles the app ships: an imported article may not take one. */
  builtInArticleIds: ReadonlySet<string>
  chooseSavePath: ChooseSavePath
  chooseOpenPath: ChooseOpenPath
  now?: () => Date
  makeToken?: () => string
}

/** A checked import file waiting for the user to choose merge or replace. */
interface PendingImport {
  token: string
  data: UserData<Settings>
  expiresAt: number
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en')} MB`
}

/**
 * Everything the user made, out to one file and back: export through the save dialog, and an
 * import that reads and checks a whole file first (preview), then merges or replaces in one
 * update after a backup.
 */
export class DataService {
  readonly #store: Store
  readonly #options: DataServiceOptions
  readonly #now: () => Date
  readonly #makeToken: () => string
  #pending: PendingImport | null = null

  constructor(store: Store, options: DataServiceOptions) {
    this.#store = store
    this.#options = options
    this.#now = options.now ?? (() => new Date())
    this.#makeToken = options.makeToken ?? randomUUID
  }

  /** Writes the export where the user chooses; nothing is written when they cancel. */
  async export(): Promise<DataExportResult> {
    const exportedAt = this.#now()
    const document = buildExport(this.#store.data, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: this.#options.appVersion,
      exportedAt,
    })
    const suggested = `Role Atlas data ${localDay(exportedAt.toISOString())}.json`
    const target = await this.#options.chooseSavePath(suggested, 'json')
    if (target === null) return { saved: false }
    await saveChosenFile(target, exportToText(document))
    return { saved: true, path: target, counts: countData(document.data) }
  }

  /**
   * Asks for an export file, reads and checks all of it, and says what it holds and what a
   * merge or a replace would change, without changing anything. `invalid-input` with the
   * reason for a file that cannot be imported.
   */
  async previewImport(): Promise<DataPreviewResult> {
    const filePath = await this.#options.chooseOpenPath('data')
    if (filePath === null) return { chosen: false }
    const text = await this.#readImportFile(filePath)
    const db = this.#store.data
    const read = readExport(text, {
      appVersion: this.#options.appVersion,
      now: this.#now(),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      library: {
        roleIds: new Set(db.roles.filter((r) => r.origin === 'builtin').map((r) => r.id)),
        articleIds: this.#options.builtInArticleIds,
      },
      settings: DbSchema.shape.settings,
    })
    if (!read.ok) throw new AppError('invalid-input', read.message)
    const { document } = read
    const merge = mergeOutcome(db, document.data)
    const token = this.#makeToken()
    this.#pending = {
      token,
      data: document.data,
      expiresAt: this.#now().getTime() + IMPORT_PREVIEW_TTL_MS,
    }
    return {
      chosen: true,
      preview: {
        token,
        fileName: path.basename(filePath),
        appVersion: document.appVersion,
        exportedAt: document.exportedAt,
        counts: countData(document.data),
        merge: merge.changes,
        replace: replaceChanges(db, document.data),
        conflicts: merge.conflicts.slice(0, CONFLICTS_LISTED),
        conflictCount: merge.conflicts.length,
        warnings: read.warnings,
      },
    }
  }

  /**
   * Applies the previewed file: backs up the current data, then merges or replaces in one
   * update, planned against the data as it is now, both in one turn of the store's writer (so
   * a change made meanwhile is in the backup or in the result, never lost between them). `not-found` when the preview is unknown or
   * has expired.
   */
  async applyImport(token: string, mode: ImportMode): Promise<DataImportResult> {
    const pending = this.#pending
    if (!pending || pending.token !== token || pending.expiresAt < this.#now().getTime()) {
      throw new AppError(
        'not-found',
        'This import is no longer ready. Choose the file again to see what it holds.',
      )
    }
    this.#pending = null
    const { value: changes, backup } = await this.#store.updateAfterBackup(
      mode === 'merge' ? 'pre-import' : 'pre-replace',
      (draft) => {
        const plan =
          mode === 'merge'
            ? mergeOutcome(draft, {
                ...pending.data,
                activity: separateBatches(draft.activity, pending.data.activity, this.#makeToken),
              })
            : replaceOutcome(draft, pending.data)
        // A replace is the file, which was read as an export; a merge joins two and may not be.
        if (mode === 'merge') this.#refuseUnexportable(plan.next)
        Object.assign(draft, plan.next)
        return plan.changes
      },
    )
    return { mode, changes, backupId: backup.name }
  }

  /**
   * Refuses data that "Export all" could write but no Role Atlas would import again (two
   * large files merged): more records of a kind than an export holds, or a larger file.
   */
  #refuseUnexportable(data: UserData<Settings>): void {
    const document = buildExport(data, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: this.#options.appVersion,
      exportedAt: this.#now(),
    })
    const counts = countData(document.data)
    const over = dataKinds.find((kind) => counts[kind] > EXPORT_RECORDS_MAX[kind])
    const message = (what: string): string =>
      `Merging this file would make ${what}, more than one export file can carry, so your data could no longer be exported and imported again. Replace instead, or merge a smaller file.`
    if (over !== undefined) {
      const label = dataKindLabels[over].many
      throw new AppError(
        'invalid-input',
        message(
          `${counts[over].toLocaleString('en')} ${label} (at most ${EXPORT_RECORDS_MAX[over].toLocaleString('en')})`,
        ),
      )
    }
    const bytes = Buffer.byteLength(exportToText(document))
    if (bytes > EXPORT_FILE_MAX_BYTES) {
      throw new AppError(
        'invalid-input',
        message(`an export of ${megabytes(bytes)} (at most ${megabytes(EXPORT_FILE_MAX_BYTES)})`),
      )
    }
  }

  async #readImportFile(filePath: string): Promise<string> {
    let bytes: Uint8Array
    try {
      bytes = await readWholeFile(filePath, EXPORT_FILE_MAX_BYTES)
    } catch (error) {
      throw new AppError(...unreadableExport(error))
    }
    try {
      // UTF-8, with the byte-order mark some editors add dropped. Fatal: a byte that is not
      // UTF-8 means the file was damaged or re-saved in another encoding, and decoding it
      // anyway would store U+FFFD in place of the user's letters without a word.
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new AppError(
        'invalid-input',
        'This file is not a Role Atlas export: it is not UTF-8 text, so it was damaged or saved in another encoding. Export your data again from Role Atlas and import that file.',
      )
    }
  }
}

/**
 * The file's changes, with each batch that shares its id with a batch of the user's own given
 * a new id. Undo works per batch: a shared id would make Undo of the user's batch also write
 * the file's values, which the user never had here. Batch ids are random, so only a forged or
 * hand-edited file reuses one; the changes themselves are kept as they are.
 */
export function separateBatches(
  local: readonly ActivityEvent[],
  incoming: readonly ActivityEvent[],
  makeId: () => string,
): ActivityEvent[] {
  const localEvents = new Set(local.map((event) => event.id))
  const localBatches = new Set(local.map((event) => event.batchId))
  const renamed = new Map<string, string>()
  return incoming.map((event) => {
    if (localEvents.has(event.id) || !localBatches.has(event.batchId)) return event
    let batchId = renamed.get(event.batchId)
    if (batchId === undefined) {
      batchId = makeId()
      renamed.set(event.batchId, batchId)
    }
    return { ...event, batchId }
  })
}

/** The error code and sentence for an export file that could not be read. */
function unreadableExport(error: unknown): ['invalid-input' | 'not-found', string] {
  if (error instanceof FileTooLargeError) {
    return [
      'invalid-input',
      `This file is larger than ${megabytes(EXPORT_FILE_MAX_BYTES)}, the most Role Atlas imports.`,
    ]
  }
  if (error instanceof NotARegularFileError || hasErrorCode(error, 'EISDIR')) {
    return [
      'invalid-input',
      'This is not a file Role Atlas can import (it is a folder, a device or a pipe). Choose the .json file you exported.',
    ]
  }
  return ['not-found', 'The file could not be read. Check that it still exists.']
}
