import path from 'node:path'
import type { BackupView, RestoreResult } from '../../../shared/domain/data-transfer/backup-types'
import { countData } from '../../../shared/domain/data-transfer/counts'
import { keptBuiltInRoles } from '../../../shared/domain/data-transfer/kept-built-in-roles'
import { AppError } from '../../../shared/ipc/result'
import type { OpenFolder } from '../../dialogs/dialogs'
import { readTextFile } from '../../files/read-at-most'
import { backupSize, listBackups, type Backup } from '../../store/backups'
import type { Store } from '../../store/db'
import { dbSchemaAt, decodeDb, type Decoded } from '../../store/decode'
import { migrations } from '../../store/migrations'
import { CURRENT_SCHEMA_VERSION, type Db } from '../../store/schema'
import { DATA_FILE_MAX_BYTES } from '../../store/store-limits'

/** Reads a backup the way the store reads its file: parsed, migrated and validated. */
async function decodeBackup(backup: Backup): Promise<Decoded> {
  let text: string
  try {
    // A link put in its place since the listing is refused, not followed.
    text = await readTextFile(backup.path, DATA_FILE_MAX_BYTES, { followSymlinks: false })
  } catch {
    return { ok: false, reason: 'the file could not be read' }
  }
  return decodeDb(text, {
    ladder: migrations,
    targetVersion: CURRENT_SCHEMA_VERSION,
    schema: dbSchemaAt(CURRENT_SCHEMA_VERSION),
  })
}

function toView(backup: Backup, sizeBytes: number, decoded: Decoded): BackupView {
  return {
    id: backup.name,
    kind: backup.kind,
    createdAt: backup.savedAt.toISOString(),
    sizeBytes,
    contents: decoded.ok
      ? { readable: true, counts: countData(decoded.db) }
      : { readable: false, reason: decoded.reason },
  }
}

/**
 * The data a restore writes: the backup's, except the built-in roles and the catalog version,
 * which stay this app's (a backup from before a catalog update must not bring old built-in
 * roles back). As in a catalog merge, an own role keeps an id a built-in role also has.
 */
function restoredData(current: Readonly<Db>, backup: Db): Db {
  const ownRoles = backup.roles.filter((role) => role.origin !== 'builtin')
  const builtIn = keptBuiltInRoles(current.roles, ownRoles)
  return {
    ...backup,
    catalogVersion: current.catalogVersion,
    roles: [...structuredClone(builtIn), ...ownRoles],
  }
}

/** The automatic backups: what each holds, restoring one, and showing their folder. */
export class BackupsService {
  readonly #store: Store
  readonly #openFolder: OpenFolder

  constructor(store: Store, options: { openFolder: OpenFolder }) {
    this.#store = store
    this.#openFolder = options.openFolder
  }

  /** Every backup, newest first, with what it holds or why it cannot be read. */
  async list(): Promise<BackupView[]> {
    const views: BackupView[] = []
    for (const backup of await listBackups(this.#store.filePath)) {
      try {
        views.push(toView(backup, await backupSize(backup), await decodeBackup(backup)))
      } catch {
        // Pruned between listing and reading: it is simply no longer there.
      }
    }
    return views
  }

  /**
   * Makes a backup's data the current data, in one update, after backing up the current state
   * (so the restore can be undone by restoring that one). `not-found` for a name the folder
   * does not hold, `invalid-input` for a backup that cannot be read.
   */
  async restore(id: string): Promise<RestoreResult> {
    const backup = (await listBackups(this.#store.filePath)).find((listed) => listed.name === id)
    if (!backup) {
      throw new AppError('not-found', 'That backup is no longer in the backups folder.')
    }
    const decoded = await decodeBackup(backup)
    if (!decoded.ok) {
      throw new AppError('invalid-input', `That backup cannot be restored: ${decoded.reason}.`)
    }
    const sizeBytes = await backupSize(backup)
    const { backup: safety } = await this.#store.updateAfterBackup('pre-restore', (draft) => {
      Object.assign(draft, restoredData(draft, decoded.db))
    })
    return { restored: toView(backup, sizeBytes, decoded), safetyBackupId: safety.name }
  }

  /** Shows the folder that holds the data file and its `backups` folder. */
  async openFolder(): Promise<void> {
    await this.#openFolder(path.dirname(this.#store.filePath))
  }
}
