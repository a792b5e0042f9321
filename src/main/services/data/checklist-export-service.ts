import {
  checklistToCsv,
  checklistToMarkdown,
} from '../../../shared/domain/progress/checklist-export'
import type { ExportResult, InputOf } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { ChooseSavePath } from '../../dialogs/dialogs'
import type { Store } from '../../store/db'
import { writeFileDurably } from '../../store/durable-fs'
import { roleNamesOf, toView } from '../checklists/checklist-view'
import { exportFileName } from '../compare/export-file-name'
import { currentSnapshot } from '../progress/progress-snapshot'

export type ChecklistExportInput = InputOf<'checklists:export'>

/** One plan written as Markdown or CSV where the user chooses, with each item's status. */
export class ChecklistExportService {
  readonly #store: Store
  readonly #chooseSavePath: ChooseSavePath
  readonly #now: () => Date

  constructor(store: Store, options: { chooseSavePath: ChooseSavePath; now?: () => Date }) {
    this.#store = store
    this.#chooseSavePath = options.chooseSavePath
    this.#now = options.now ?? (() => new Date())
  }

  /**
   * Writes the plan with the status of each item read from the progress records. Nothing is
   * written when the user cancels; `not-found` for an unknown or deleted plan.
   */
  async export(input: ChecklistExportInput): Promise<ExportResult> {
    const db = this.#store.data
    const checklist = db.checklists.find(
      (candidate) => candidate.id === input.id && candidate.deletedAt === undefined,
    )
    if (!checklist) throw new AppError('not-found', `There is no plan with the id "${input.id}".`)
    const view = toView(checklist, currentSnapshot(db.progress), roleNamesOf(db.roles), [])
    const text =
      input.format === 'markdown' ? checklistToMarkdown(view, this.#now()) : checklistToCsv(view)
    // The comparison export's safe file name, with the plan's own extension for a table.
    const name = exportFileName(view.title, 'markdown').replace(
      /\.md$/,
      input.format === 'markdown' ? '.md' : '.csv',
    )
    const path = await this.#chooseSavePath(name, input.format)
    if (path === null) return { saved: false }
    try {
      await writeFileDurably(path, text)
    } catch {
      throw new AppError(
        'internal',
        'The file could not be saved there. Choose a folder you can write to and try again.',
      )
    }
    return { saved: true, path }
  }
}
