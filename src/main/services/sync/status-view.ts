import type { SyncDeviceView, SyncStatus } from '../../../shared/sync/status'
import type { LocalSyncState } from './local-state'
import type { KnownDevice } from './merger'
import { describeWarning, type SyncWarning } from './warnings'

/** What the Sync screen's status is made of. */
export interface StatusParts {
  state: LocalSyncState
  /** Every device's folder as last read. */
  known: ReadonlyMap<string, KnownDevice>
  /** Devices whose clocks are more than a day ahead. */
  quarantined: ReadonlySet<string>
  running: boolean
  error: string | null
  warnings: readonly SyncWarning[]
  revision: number
}

/**
 * The status the Sync screen shows: this computer first, then every other one not forgotten,
 * and the warnings in plain words, each said once.
 */
export function syncStatusOf(parts: StatusParts): SyncStatus {
  const { state, known, quarantined } = parts
  const nameOf = (deviceId: string): string =>
    deviceId === state.deviceId
      ? 'this computer'
      : known.get(deviceId)?.device?.name || 'another computer'
  const devices: SyncDeviceView[] = [...known.values()]
    .filter(
      (device) => device.deviceId !== state.deviceId && !state.forgotten.includes(device.deviceId),
    )
    .map((device) => ({
      deviceId: device.deviceId,
      name: device.device?.name || 'Unnamed computer',
      thisDevice: false,
      lastChangeAt: device.device?.lastChangeAt ?? null,
      lastSyncAt: device.device?.lastSyncAt ?? null,
      clockAhead: quarantined.has(device.deviceId),
    }))
  devices.unshift({
    deviceId: state.deviceId,
    name: state.deviceName,
    thisDevice: true,
    lastChangeAt: state.lastChangeAt,
    lastSyncAt: state.lastSyncAt,
    clockAhead: false,
  })
  return {
    state:
      state.folder === null ? 'off' : parts.running ? 'syncing' : parts.error ? 'error' : 'idle',
    folder: state.folder,
    deviceId: state.deviceId,
    deviceName: state.deviceName,
    lastSyncAt: state.lastSyncAt,
    error: parts.error,
    pendingChanges: state.pending.length,
    devices,
    warnings: [...new Set(parts.warnings.map((warning) => describeWarning(warning, nameOf)))],
    notice: state.cloneNotice,
    revision: parts.revision,
  }
}
