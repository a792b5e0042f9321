import type { AppNotice } from '../../shared/domain/notice'
import type { AppStatus } from '../../shared/ipc/contract'

/** What the app says about itself, and the notices the user has not dismissed yet. */
export class AppService {
  readonly #version: string
  readonly #dataFilePath: string
  readonly #catalogVersion: () => number
  #notices: AppNotice[]

  constructor(options: {
    version: string
    dataFilePath: string
    catalogVersion: () => number
    notices: readonly AppNotice[]
  }) {
    this.#version = options.version
    this.#dataFilePath = options.dataFilePath
    this.#catalogVersion = options.catalogVersion
    this.#notices = [...options.notices]
  }

  status(): AppStatus {
    return {
      version: this.#version,
      dataFilePath: this.#dataFilePath,
      catalogVersion: this.#catalogVersion(),
      notices: [...this.#notices],
    }
  }

  /** Hides a notice for the rest of this run; the moved-aside file itself stays where it is. */
  dismissNotice(id: string): void {
    this.#notices = this.#notices.filter((notice) => notice.id !== id)
  }
}
