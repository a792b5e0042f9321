import { describe, expect, it } from 'vitest'
import { FULL_SCALE, generateDb, type Scale } from '../../../scripts/bench/generate-db'
import { loadBundledCatalog } from '../../../src/main/services/catalog/bundled-catalog'
import { mergeBuiltInCatalog } from '../../../src/main/services/catalog/merge'
import { DbSchema } from '../../../src/main/store/schema'
import { replayLog } from '@shared/domain/progress/replay'

const { catalog, taxonomy } = loadBundledCatalog()
// More roles than the catalog ships (54), so the user's own and imported roles are in it too.
const small: Scale = { roles: 70, plans: 5, planItems: 300, events: 500, comparisons: 4 }

describe('generateDb', () => {
  it('makes data the store accepts, at the scale asked for', () => {
    const db = generateDb(7, catalog, taxonomy, small)
    expect(DbSchema.safeParse(db).error).toBeUndefined()
    expect(db.roles).toHaveLength(70)
    expect(db.plans).toHaveLength(5)
    expect(db.plans.flatMap((plan) => plan.items)).toHaveLength(300)
    expect(db.activity).toHaveLength(500)
    expect(db.comparisons).toHaveLength(4)
  })

  it('mixes built-in, imported and user roles, the built-in ones the catalog’s own', () => {
    const db = generateDb(7, catalog, taxonomy, small)
    const origins = new Set(db.roles.map((role) => role.origin))
    expect(origins).toEqual(new Set(['builtin', 'imported', 'user']))
    // Opening the app on it merges nothing, so what is measured is what was generated.
    expect(mergeBuiltInCatalog(db, catalog)).toBeNull()
  })

  it('keeps each progress record equal to replaying the log', () => {
    const db = generateDb(7, catalog, taxonomy, small)
    const replayed = replayLog(db.activity)
    expect(db.progress).toHaveLength(replayed.size)
    for (const { key, updatedAt, ...state } of db.progress) {
      expect(state).toEqual(replayed.get(key))
      expect(updatedAt).toBe(db.activity.findLast((event) => event.key === key)?.at)
    }
  })

  it('is the same for the same seed and differs for another', () => {
    expect(generateDb(7, catalog, taxonomy, small)).toEqual(generateDb(7, catalog, taxonomy, small))
    expect(generateDb(8, catalog, taxonomy, small)).not.toEqual(
      generateDb(7, catalog, taxonomy, small),
    )
  })

  it('is valid at full scale, with the first plan at the item limit', () => {
    const db = generateDb(20_261_129, catalog, taxonomy)
    expect(DbSchema.safeParse(db).error).toBeUndefined()
    expect(db.roles).toHaveLength(FULL_SCALE.roles)
    expect(db.activity).toHaveLength(FULL_SCALE.events)
    expect(db.plans.reduce((sum, plan) => sum + plan.items.length, 0)).toBe(FULL_SCALE.planItems)
    expect(db.plans[0]?.items).toHaveLength(2000)
  }, 60_000)
})
