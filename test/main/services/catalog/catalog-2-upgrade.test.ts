import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import seedRoles from '../../../../scripts/catalog/content/seed-roles.json'
import taxonomyJson from '../../../../resources/catalog/taxonomy.json'
import { loadBundledCatalog } from '../../../../src/main/services/catalog/bundled-catalog'
import { CatalogService } from '../../../../src/main/services/catalog/catalog-service'
import { PlansService } from '../../../../src/main/services/plans/plans-service'
import { SavedComparisonsService } from '../../../../src/main/services/saved-comparisons/saved-comparisons-service'
import { ProgressService } from '../../../../src/main/services/progress/progress-service'
import { Store } from '../../../../src/main/store/db'
import { CatalogSchema } from '@shared/domain/catalog'
import { TaxonomySchema } from '@shared/domain/entity'
import { familyOf } from '@shared/domain/role-families'
import { counterIds, testClock } from '../progress/fixture'

// Catalog 1 as the current release ships it: the seven seed roles, which catalog 2 keeps.
const catalog1 = CatalogSchema.parse({ version: 1, ...seedRoles })
const taxonomy1 = TaxonomySchema.parse(taxonomyJson)
const { catalog: catalog2, taxonomy: taxonomy2 } = loadBundledCatalog()

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'catalog-2-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Opens the data file as the app does: the catalog merges first, then plans and comparisons boot. */
async function openApp(catalog: typeof catalog1, taxonomy: typeof taxonomy1) {
  const store = await Store.open(path.join(dir, 'role-atlas.json'))
  const clock = testClock()
  const options = { now: clock.now, makeId: counterIds(`v${catalog.version}`) }
  await new CatalogService(store, catalog, taxonomy).boot()
  const comparisons = new SavedComparisonsService(store, options)
  await comparisons.boot()
  const plans = new PlansService(store, taxonomy, options)
  await plans.boot()
  return { store, plans, comparisons, progress: new ProgressService(store, taxonomy, options) }
}

describe('upgrading a data file to catalog 2', () => {
  it('keeps every plan, progress record, rating and saved comparison the user made', async () => {
    const today = await openApp(catalog1, taxonomy1)
    const plan = await today.plans.create({
      source: { kind: 'role', roleId: 'machine-learning-engineer' },
    })
    const [first, second] = plan.items.map((item) => item.key)
    if (!first || !second) throw new Error('the plan has fewer than two items')
    await today.progress.set({ key: first, status: 'done' })
    await today.progress.set({ key: 'skill:python', level: 3, notes: 'Two projects shipped' })
    await today.progress.set({ key: second, status: 'learning' })
    await today.comparisons.save({
      title: 'Where next',
      roleIds: ['machine-learning-engineer', 'data-manager'],
      notes: 'Ask about on-call',
      tags: ['2027'],
    })
    const before = structuredClone(today.store.data)
    expect(before.catalogVersion).toBe(1)
    await today.store.close()

    const upgraded = await openApp(catalog2, taxonomy2)
    const after = upgraded.store.data
    expect(after.catalogVersion).toBe(catalog2.version)
    expect(after.plans).toEqual(before.plans)
    expect(after.progress).toEqual(before.progress)
    expect(after.activity).toEqual(before.activity)
    expect(after.comparisons).toEqual(before.comparisons)
    expect(after.roles).toHaveLength(catalog2.roles.length)
    // The plan still opens with every item and its status, and the comparison's roles exist.
    const view = upgraded.plans.get(plan.id)
    expect(view.items.map((item) => [item.key, item.state.status])).toEqual(
      plan.items.map((item, index) => [
        item.key,
        index === 0 ? 'done' : index === 1 ? 'learning' : 'todo',
      ]),
    )
    expect(view.items.find((item) => item.key === 'skill:python')?.state).toMatchObject({
      level: 3,
      notes: 'Two projects shipped',
    })
    const ids = new Set(after.roles.map((role) => role.id))
    for (const comparison of after.comparisons) {
      for (const id of comparison.roleIds) expect(ids.has(id), id).toBe(true)
    }
    await upgraded.store.close()
  })

  it('gives the roles a file stored with catalog 2 their family, keeping the user’s own', async () => {
    // Catalog 2 as it shipped: the same roles, before catalog:build wrote their family.
    const unfiled = CatalogSchema.parse({
      ...catalog2,
      version: 2,
      roles: catalog2.roles.map(({ family: _family, ...role }) => role),
    })
    const before = await openApp(unfiled, taxonomy2)
    await before.comparisons.save({
      title: 'Data roles',
      roleIds: ['data-scientist', 'data-engineer'],
      notes: '',
      tags: [],
    })
    expect(before.store.data.roles.map(familyOf)).toContain('other')
    const saved = structuredClone(before.store.data.comparisons)
    await before.store.close()

    const upgraded = await openApp(catalog2, taxonomy2)
    expect(upgraded.store.data.catalogVersion).toBeGreaterThan(2)
    expect(upgraded.store.data.roles.map(familyOf)).not.toContain('other')
    expect(upgraded.store.data.roles.find((role) => role.id === 'data-engineer')?.family).toBe(
      'data-engineering',
    )
    expect(upgraded.store.data.comparisons).toEqual(saved)
    await upgraded.store.close()
  })
})
