/**
 * Which settings belong to this machine and which follow the user to every machine. Window
 * bounds fit one screen only, and the sync folder's path differs per machine (it lives in the
 * device's own sync state, never in the synced data).
 */
const deviceLocalSettingKeys: readonly string[] = ['windowBounds']

/** The settings that sync; everything not device-local. */
export function syncedSettingsOf(
  settings: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const synced: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(settings)) {
    if (!deviceLocalSettingKeys.includes(key) && value !== undefined) synced[key] = value
  }
  return synced
}
