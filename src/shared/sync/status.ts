/** One computer as the Sync screen lists it. */
export interface SyncDeviceView {
  deviceId: string
  name: string
  thisDevice: boolean
  /** When it last made a change, and last read the folder (ISO), as far as this one knows. */
  lastChangeAt: string | null
  lastSyncAt: string | null
  /** Its clock is more than a day ahead: its newest changes are held back. */
  clockAhead: boolean
}

/** What the Sync screen and the top bar show. */
export interface SyncStatus {
  /** `off`: no folder; `syncing`: a pass is running; `error`: the last pass failed (it is retried). */
  state: 'off' | 'idle' | 'syncing' | 'error'
  folder: string | null
  deviceId: string
  deviceName: string
  lastSyncAt: string | null
  /** The last failure in plain words, while it lasts. */
  error: string | null
  /** Changes made here that the folder does not have yet. */
  pendingChanges: number
  devices: SyncDeviceView[]
  /** What the user should know about the folder, in plain words. */
  warnings: string[]
  /** Said once: this computer took a new sync identity. */
  notice: string | null
  /** Goes up each time a sync changed the data here, so open screens know to reload. */
  revision: number
}
