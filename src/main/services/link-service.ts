import { AppError } from '../../shared/ipc/result'
import { isAllowedExternalUrl } from '../security/url-policy'

/** Opens a URL in the system browser; Electron's `shell.openExternal` in the app. */
export type ExternalOpener = (url: string) => Promise<void>

/** Hands links to the system browser, but only those the URL policy accepts. */
export class LinkService {
  readonly #open: ExternalOpener

  constructor(open: ExternalOpener) {
    this.#open = open
  }

  async openExternal(url: string): Promise<void> {
    if (!isAllowedExternalUrl(url)) {
      throw new AppError('rejected-url', 'Only secure web links (https) can be opened.')
    }
    await this.#open(url)
  }
}
