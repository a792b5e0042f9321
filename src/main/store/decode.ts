import { z } from 'zod'
import { runMigrations, schemaVersionOf, MigrationError, type Migration } from './migrations'
import { safeParseDb } from './parse-db'
import { DbSchema, defaultDb, type Db } from './schema'

const compiledByVersion = new Map<number, z.ZodType<Db>>()

/**
 * DbSchema with `schemaVersion` pinned to `version`. Only tests open the store at a version
 * other than CURRENT_SCHEMA_VERSION (to exercise the ladder); everything else about the shape
 * is DbSchema's, so the result is treated as a `Db`.
 *
 * Compiled (`z.compile`): checking a whole file on open is the store's costliest step, and
 * the compiled schema checks the same rules about twice as fast, falling back to the plain
 * one (and its exact issues) for data it refuses. Compiling takes a few tens of milliseconds,
 * so each version's schema is compiled once per process.
 */
export function dbSchemaAt(version: number): z.ZodType<Db> {
  let schema = compiledByVersion.get(version)
  if (schema === undefined) {
    schema = z.compile(DbSchema.extend({ schemaVersion: z.literal(version) })) as z.ZodType<Db>
    compiledByVersion.set(version, schema)
  }
  return schema
}

/** A fresh database at the schema's version. */
export function defaultDbFor(schema: z.ZodType<Db>, version: number): Db {
  return schema.parse({ ...defaultDb(), schemaVersion: version })
}

/** A decoded file, or why it cannot be used, as a phrase for the user ("it was empty"). */
export type Decoded = { ok: true; db: Db; migrated: boolean } | { ok: false; reason: string }

export interface DecodeOptions {
  ladder: readonly Migration[]
  targetVersion: number
  schema: z.ZodType<Db>
  /** Runs before the first migration step, only when one will run. */
  beforeMigration?: (fromVersion: number) => Promise<void>
}

/**
 * Parses a store file's text, migrates it to `targetVersion` and validates it. Everything
 * wrong with the file comes back as `{ ok: false }`; a broken ladder (a bug in the app, not
 * in the file) is thrown as a {@link MigrationError}.
 */
export async function decodeDb(text: string, options: DecodeOptions): Promise<Decoded> {
  if (text.trim() === '') return { ok: false, reason: 'it was empty' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'it is damaged: its contents are not valid JSON' }
  }
  if (!isRecord(parsed)) {
    return { ok: false, reason: 'it does not contain Role Atlas data' }
  }
  let version: number
  try {
    version = schemaVersionOf(parsed)
  } catch {
    return { ok: false, reason: 'it has no valid data version' }
  }
  const { targetVersion } = options
  if (version > targetVersion) {
    return {
      ok: false,
      reason: `it was saved by a newer version of Role Atlas (data version ${version}; this version reads up to ${targetVersion})`,
    }
  }
  const migrated = version < targetVersion
  let data = parsed
  if (migrated) {
    await options.beforeMigration?.(version)
    try {
      data = runMigrations(parsed, options.ladder, targetVersion)
    } catch (error) {
      if (error instanceof MigrationError) throw error
      return { ok: false, reason: `it could not be upgraded from data version ${version}` }
    }
  }
  const result = isRecord(data) ? safeParseDb(options.schema, data) : options.schema.safeParse(data)
  if (!result.success) {
    return {
      ok: false,
      reason: migrated
        ? `it could not be upgraded from data version ${version}`
        : 'its contents are not in the expected format',
    }
  }
  return { ok: true, db: result.data, migrated }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
