import { planToCsv, planToMarkdown } from '../../../shared/domain/progress/plan-export'
import type { ExportResult, InputOf } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { ChooseSavePath } from '../../dialogs/dialogs'
import { safeFileStem } from '../../files/safe-file-stem'
import { saveChosenFile } from '../../files/save-chosen-file'
import type { Store } from '../../store/db'
import { roleNamesOf, toView } from '../plans/plan-detail'
import { currentSnapshot } from '../progress/progress-snapshot'

export type PlanExportInput = InputOf<'plans:export'>

/** One plan written as Markdown or CSV where the user chooses, with each item's status. */
export class PlanExportService {
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
  async export(input: PlanExportInput): Promise<ExportResult> {
    const db = this.#store.data
    const plan = db.plans.find(
      (candidate) => candidate.id === input.id && candidate.deletedAt === undefined,
    )
    if (!plan) throw new AppError('not-found', `There is no plan with the id "${input.id}".`)
    const view = toView(plan, currentSnapshot(db.progress), roleNamesOf(db.roles), [])
    const text = input.format === 'markdown' ? planToMarkdown(view, this.#now()) : planToCsv(view)
    const name = `${safeFileStem(view.title, 'Plan')}.${input.format === 'markdown' ? 'md' : 'csv'}`
    const path = await this.#chooseSavePath(name, input.format)
    if (path === null) return { saved: false }
    await saveChosenFile(path, text)
    return { saved: true, path }
  }
}
