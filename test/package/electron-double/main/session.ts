type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: object,
) => boolean

/** The default session's permission handlers; without any, Electron grants a request. */
export class Session {
  private requestHandler: PermissionRequestHandler | null = null
  private checkHandler: PermissionCheckHandler | null = null

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler
  }

  /** The test's side: the page asked for `permission`; resolves to what it was granted. */
  static async request(session: Session, contents: unknown, permission: string, origin: string) {
    const checked = session.checkHandler?.(contents, permission, origin, {}) ?? true
    const requested = await new Promise<boolean>((resolve) => {
      if (!session.requestHandler) resolve(true)
      else session.requestHandler(contents, permission, resolve, { requestingUrl: origin })
    })
    return { checked, requested }
  }
}
