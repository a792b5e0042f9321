import { describe, expect, it } from 'vitest'
import { generateDb, type Scale } from '../../../scripts/bench/generate-db'
import { isOnetComparison, withOnetComparisons } from '../../../scripts/bench/onet-comparisons'
import { loadBundledCatalog } from '../../../src/main/services/catalog/bundled-catalog'
import { DbSchema } from '../../../src/main/store/schema'

const { catalog, taxonomy } = loadBundledCatalog()
const small: Scale = { roles: 70, plans: 1, planItems: 20, events: 20, comparisons: 4 }

describe('the comparisons renderer.compare.onet opens', () => {
  const generated = generateDb(7, catalog, taxonomy, small)
  const db = withOnetComparisons(generated)
  const added = db.comparisons.filter(isOnetComparison)

  it('compare four O*NET occupations of the catalog each, every one once', () => {
    expect(DbSchema.safeParse(db).error).toBeUndefined()
    const occupations = catalog.roles.filter((role) => role.kind === 'occupation')
    expect(added).toHaveLength(Math.floor(occupations.length / 4))
    const kinds = new Map(db.roles.map((role) => [role.id, role.kind]))
    const compared = added.flatMap((comparison) => comparison.roleIds)
    expect(added.every((comparison) => comparison.roleIds.length === 4)).toBe(true)
    expect(compared.every((id) => kinds.get(id) === 'occupation')).toBe(true)
    expect(new Set(compared).size).toBe(compared.length)
  })

  it('leave the generated comparisons, which renderer.catalog.compare opens, as they were', () => {
    expect(db.comparisons.filter((comparison) => !isOnetComparison(comparison))).toEqual(
      generated.comparisons,
    )
    // The saved list is found by `saved=<id>`: no id may be the start of another.
    const ids = db.comparisons.map((comparison) => comparison.id)
    expect(ids.filter((id) => ids.some((other) => other !== id && other.startsWith(id)))).toEqual(
      [],
    )
  })
})
