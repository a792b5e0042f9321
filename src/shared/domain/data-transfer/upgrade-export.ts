/**
 * The data version from which exports hold the user's plans under `plans`. Exports written at
 * data version 4 (release 0.1.0) hold the same records under `checklists`, the code's old name
 * for a plan; the store's v4 → v5 migration makes the same move for data files and backups.
 */
const PLANS_KEY_SCHEMA_VERSION = 5

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * An export's `data` brought up to this app's layout before it is validated: a version-4
 * export's `checklists` become `plans`, records unchanged. Anything else is returned as it
 * is, for the schema to judge.
 */
export function upgradeExportData(data: unknown, schemaVersion: number): unknown {
  if (schemaVersion >= PLANS_KEY_SCHEMA_VERSION || !isRecord(data) || 'plans' in data) return data
  const { checklists, ...rest } = data
  return { ...rest, plans: checklists }
}
