/** Something the app must tell the user once, e.g. that a damaged data file was set aside. */
export interface AppNotice {
  id: string
  kind: 'recovered-from-backup' | 'reset-to-defaults'
  /** Plain sentence for the user: what happened and where the old file is. */
  message: string
  movedAsidePath: string
  restoredFromPath?: string
  /** ISO time the notice was raised. */
  at: string
}
