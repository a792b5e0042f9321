import { session, shell, type WebContents } from 'electron'
import { externalHref, isAppUrl } from './url-policy'

/**
 * Electron's security plan for every web contents we create: no navigation away from
 * our page, no new windows (safe links go to the system browser), no permissions.
 */
export function hardenWebContents(contents: WebContents, appEntryUrl: string): void {
  const blockForeignNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, appEntryUrl)) event.preventDefault()
  }
  contents.on('will-navigate', blockForeignNavigation)
  contents.on('will-redirect', blockForeignNavigation)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // Only the parsed href goes on, so the browser reads exactly what the policy checked.
    const href = externalHref(url)
    if (href !== null) void shell.openExternal(href)
    return { action: 'deny' }
  })
}

/** Denies every permission request (camera, notifications, …): the app needs none. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
}
