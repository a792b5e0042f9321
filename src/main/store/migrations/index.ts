import { v1ToV2 } from './v1-to-v2'
import { v2ToV3 } from './v2-to-v3'
import { v3ToV4 } from './v3-to-v4'
import { v4ToV5 } from './v4-to-v5'

/**
 * One step of the migration ladder: turns a file at schema version `from` into one at `to`.
 * `migrate` gets its own copy of the data and may change it; the runner sets `schemaVersion`.
 */
export interface Migration {
  from: number
  to: number
  migrate(data: Record<string, unknown>): Record<string, unknown>
}

/**
 * The app's ladder, oldest step first. Version 1 is the first schema; each later schema adds
 * a file next to this one and its step here.
 */
export const migrations: Migration[] = [v1ToV2, v2ToV3, v3ToV4, v4ToV5]

export type MigrationErrorCode = 'missing-version' | 'newer-than-app' | 'gap' | 'invalid-step'

/** Why a file cannot be brought to the app's schema version by the ladder. */
export class MigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'MigrationError'
  }
}

/** The file's `schemaVersion`; throws `missing-version` if it is absent or not a whole number. */
export function schemaVersionOf(data: Record<string, unknown>): number {
  const version = data['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new MigrationError('missing-version', 'The data has no whole-number schemaVersion.')
  }
  return version
}

/**
 * Applies the ladder's steps in order, from the data's `schemaVersion` up to `targetVersion`,
 * without changing `data`. Throws a {@link MigrationError} when the version is missing, newer
 * than `targetVersion`, when no step starts at a version on the way (`gap`), or when a step
 * does not move forward or overshoots the target (`invalid-step`).
 */
export function runMigrations(
  data: Record<string, unknown>,
  ladder: readonly Migration[],
  targetVersion: number,
): Record<string, unknown> {
  let version = schemaVersionOf(data)
  if (version > targetVersion) {
    throw new MigrationError(
      'newer-than-app',
      `The data is at schema version ${version}, newer than this app's ${targetVersion}.`,
    )
  }
  let current = data
  while (version < targetVersion) {
    const step = ladder.find((candidate) => candidate.from === version)
    if (!step) {
      throw new MigrationError('gap', `No migration starts at schema version ${version}.`)
    }
    if (step.to <= step.from || step.to > targetVersion) {
      throw new MigrationError(
        'invalid-step',
        `The migration from ${step.from} to ${step.to} does not lead towards ${targetVersion}.`,
      )
    }
    current = { ...step.migrate(structuredClone(current)), schemaVersion: step.to }
    version = step.to
  }
  return current
}
