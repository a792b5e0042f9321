import { checkExternalLink } from '../../shared/domain/links/external-link'
import { AppError } from '../../shared/ipc/result'

/** Opens a URL in the system browser; Electron's `shell.openExternal` in the app. */
export type ExternalOpener = (url: string) => Promise<void>

/** Hands links to the system browser, but only those the link policy accepts. */
export class LinkService {
  readonly #open: ExternalOpener

  constructor(open: ExternalOpener) {
    this.#open = open
  }

  /**
   * Opens `url` if the policy accepts it, handing on its parsed `href` (never the text as
   * written, which the browser might read differently); `rejected-url` saying why otherwise.
   */
  async openExternal(url: string): Promise<void> {
    const checked = checkExternalLink(url)
    if (!checked.ok) throw new AppError('rejected-url', checked.reason)
    await this.#open(checked.href)
  }
}
