import { describe, expect, it } from 'vitest'
import {
  migrations,
  runMigrations,
  MigrationError,
  type Migration,
} from '../../../src/main/store/migrations'
import { CURRENT_SCHEMA_VERSION, DbSchema, defaultDb } from '../../../src/main/store/schema'
import { v1Db } from './helpers'

/** v0 kept roles under `roleList`; v1 calls it `roles`. */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  migrate: ({ roleList, ...rest }) => ({ ...rest, roles: roleList }),
}

/** v2 (synthetic) starts counting catalog versions from 100. */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  migrate: (data) => ({ ...data, catalogVersion: Number(data['catalogVersion']) + 100 }),
}

function errorOf(run: () => unknown): MigrationError {
  try {
    run()
  } catch (error) {
    if (error instanceof MigrationError) return error
    throw error
  }
  throw new Error('expected a MigrationError')
}

describe('runMigrations', () => {
  it('returns data already at the target unchanged', () => {
    const data = v1Db()
    expect(runMigrations(data, [v1ToV2], 1)).toEqual(v1Db())
  })

  it('applies a step and sets the new schemaVersion, leaving the input untouched', () => {
    const data = { schemaVersion: 1, catalogVersion: 3, roles: [], settings: {} }
    const original = structuredClone(data)
    expect(runMigrations(data, [v1ToV2], 2)).toEqual({
      ...original,
      schemaVersion: 2,
      catalogVersion: 103,
    })
    expect(data).toEqual(original)
  })

  it('chains steps in order, whatever order the ladder lists them in', () => {
    const data = { schemaVersion: 0, catalogVersion: 1, roleList: [], settings: {} }
    expect(runMigrations(data, [v1ToV2, v0ToV1], 2)).toEqual({
      schemaVersion: 2,
      catalogVersion: 101,
      roles: [],
      settings: {},
    })
  })

  it('stops at the target even when the ladder goes further', () => {
    const data = { schemaVersion: 0, catalogVersion: 1, roleList: [], settings: {} }
    expect(runMigrations(data, [v0ToV1, v1ToV2], 1)).toMatchObject({
      schemaVersion: 1,
      catalogVersion: 1,
    })
  })

  it('reports a gap in the ladder', () => {
    const error = errorOf(() => runMigrations({ schemaVersion: 0, roleList: [] }, [v1ToV2], 2))
    expect(error.code).toBe('gap')
    expect(error.message).toContain('0')
  })

  it('reports a file newer than the app', () => {
    expect(errorOf(() => runMigrations({ schemaVersion: 3 }, [v1ToV2], 2)).code).toBe(
      'newer-than-app',
    )
  })

  it.each([
    ['missing', {}],
    ['fractional', { schemaVersion: 1.5 }],
    ['a string', { schemaVersion: '1' }],
    ['null', { schemaVersion: null }],
  ])('reports a schemaVersion that is %s', (_, data) => {
    expect(errorOf(() => runMigrations(data, [v1ToV2], 2)).code).toBe('missing-version')
  })

  it.each([
    ['does not move forward', { from: 1, to: 1, migrate: (data: Record<string, unknown>) => data }],
    ['jumps past the target', { from: 1, to: 3, migrate: (data: Record<string, unknown>) => data }],
  ])('reports a step that %s', (_, step) => {
    expect(errorOf(() => runMigrations({ schemaVersion: 1 }, [step], 2)).code).toBe('invalid-step')
  })
})

describe("the app's ladder", () => {
  it('brings every version since 1 to the current one, producing valid data', () => {
    expect(DbSchema.parse(runMigrations(v1Db(), migrations, CURRENT_SCHEMA_VERSION))).toEqual(
      defaultDb(),
    )
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version++) {
      expect(migrations.some((step) => step.from === version)).toBe(true)
    }
  })
})
