import type { BackupView } from '@shared/domain/data-transfer/backup-types'
import type {
  DataImportPreview,
  DataImportResult,
  ImportMode,
} from '@shared/domain/data-transfer/types'
import { errorMessage, type Client } from '../../lib/api'
import { formatTime } from '../../lib/dates'
import { AsyncResource } from '../../lib/state/async-resource.svelte'
import type { Toasts } from '../../lib/state/toasts.svelte'

/** What the data screen needs from the app: main and the notifications. */
export interface DataScreenDeps {
  client: Pick<Client, 'backups' | 'data'>
  toasts: Pick<Toasts, 'show' | 'offerUndo'>
}

/** Where an import from a file stands: choose, read, preview, decide, apply, done. */
export type ImportStep =
  | { name: 'idle' }
  | { name: 'reading' }
  | { name: 'preview'; preview: DataImportPreview; confirmingReplace: boolean }
  | { name: 'applying'; mode: ImportMode }
  | { name: 'done'; result: DataImportResult }
  | { name: 'error'; message: string }

/**
 * The state and actions of the "Your data" screen: the backups with restore and its undo, and
 * an import from a file from choosing it to its undo. No DOM: the panels draw it.
 */
export class DataScreen {
  readonly backups = new AsyncResource<BackupView[]>()
  importStep = $state<ImportStep>({ name: 'idle' })

  constructor(private readonly deps: DataScreenDeps) {}

  loadBackups(): Promise<void> {
    return this.backups.load(() => this.deps.client.backups.list())
  }

  /**
   * Restores a backup. Main takes a backup of the data first; the notification's Undo
   * restores that one. The undo is plain data, so it works after the user has moved on.
   */
  async restore(id: string): Promise<void> {
    try {
      const result = await this.deps.client.backups.restore({ id })
      this.deps.toasts.offerUndo(
        `Restored the backup of ${formatTime(result.restored.createdAt)}.`,
        { kind: 'restore-backup', backupId: result.safetyBackupId },
        'Your data is back as it was before the restore.',
      )
    } catch (error) {
      this.deps.toasts.show(errorMessage(error))
    }
    await this.loadBackups()
  }

  async openFolder(): Promise<void> {
    try {
      await this.deps.client.backups.openFolder()
    } catch (error) {
      this.deps.toasts.show(errorMessage(error))
    }
  }

  /** Asks main to let the user pick a file, and shows what it holds and would change. */
  async chooseImport(): Promise<void> {
    this.importStep = { name: 'reading' }
    try {
      const answer = await this.deps.client.data.previewImport()
      this.importStep = answer.chosen
        ? { name: 'preview', preview: answer.preview, confirmingReplace: false }
        : { name: 'idle' }
    } catch (error) {
      this.importStep = { name: 'error', message: errorMessage(error) }
    }
  }

  /** Replace asks first; this opens (or closes) that question. */
  confirmReplace(asking: boolean): void {
    const step = this.importStep
    if (step.name === 'preview') this.importStep = { ...step, confirmingReplace: asking }
  }

  cancelImport(): void {
    this.importStep = { name: 'idle' }
  }

  /** Merges or replaces; the notification's Undo restores the backup main took first. */
  async applyImport(mode: ImportMode): Promise<void> {
    const step = this.importStep
    if (step.name !== 'preview') return
    this.importStep = { name: 'applying', mode }
    try {
      const result = await this.deps.client.data.applyImport({ token: step.preview.token, mode })
      this.importStep = { name: 'done', result }
      void this.loadBackups()
      this.deps.toasts.offerUndo(
        mode === 'merge' ? 'The file was merged into your data.' : 'Your data was replaced.',
        { kind: 'restore-backup', backupId: result.backupId },
        'Your data is back as it was before the import.',
      )
    } catch (error) {
      this.importStep = { name: 'error', message: errorMessage(error) }
    }
  }
}
