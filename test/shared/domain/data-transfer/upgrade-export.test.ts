import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, DbSchema } from '../../../../src/main/store/schema'
import { readExport } from '@shared/domain/data-transfer'
import { upgradeExportData } from '@shared/domain/data-transfer/upgrade-export'
import { libraryRoleIds } from './data-fixtures'

/** An export as release 0.1.0 wrote it: data version 4, the plans under `checklists`. */
const legacy = readFileSync(
  new URL('../../../fixtures/data-transfer/legacy-export-0.1.0.json', import.meta.url),
  'utf8',
)

const context = {
  appVersion: '0.2.0',
  schemaVersion: CURRENT_SCHEMA_VERSION,
  library: { roleIds: libraryRoleIds, articleIds: new Set(['built-in-article']) },
  now: new Date('2026-12-01T00:00:00Z'),
  settings: DbSchema.shape.settings,
}

describe('reading an export written by release 0.1.0', () => {
  it('imports its plans, archived ones included, with their items', () => {
    const read = readExport(legacy, context)
    if (!read.ok) throw new Error(read.message)
    expect(read.document.schemaVersion).toBe(4)
    expect(read.document.data.plans.map((plan) => [plan.id, plan.title, plan.archived])).toEqual([
      ['l1', 'Become a data manager', false],
      ['l2', 'Plan l2', true],
    ])
    expect(read.document.data.plans[0]?.items).toHaveLength(1)
    expect(read.document.data.comparisons.map((comparison) => comparison.id)).toEqual(['c1'])
    expect(read.warnings).toEqual([])
  })
})

describe('upgradeExportData', () => {
  it('leaves data of the current version as it is, even with an unknown `checklists` key', () => {
    const data = { plans: [], checklists: [{ id: 'x' }] }
    expect(upgradeExportData(data, 5)).toBe(data)
  })

  it('moves a version-4 file’s `checklists` to `plans`', () => {
    expect(upgradeExportData({ roles: [], checklists: [{ id: 'x' }] }, 4)).toEqual({
      roles: [],
      plans: [{ id: 'x' }],
    })
  })
})
