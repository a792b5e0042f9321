import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBundledCatalog } from '../../../../src/main/services/catalog/bundled-catalog'
import { CatalogService } from '../../../../src/main/services/catalog/catalog-service'
import { Store } from '../../../../src/main/store/db'
import type { Catalog } from '@shared/domain/catalog'
import { AppError } from '@shared/ipc/result'
import { userRole, useTempDir } from '../../store/helpers'

const { catalog, taxonomy } = loadBundledCatalog()

/** The shipped catalog as a later release might ship it: a higher version, one role reworded. */
function nextRelease(): Catalog {
  return {
    ...catalog,
    version: catalog.version + 1,
    roles: catalog.roles.map((role) =>
      role.id === 'data-manager' ? { ...role, summary: 'Reworded in the next release.' } : role,
    ),
  }
}

describe('CatalogService', () => {
  const tempDir = useTempDir()

  async function openStore(): Promise<Store> {
    return Store.open(path.join(tempDir(), 'role-atlas.json'))
  }

  it('installs the built-in roles on first start and writes them to disk', async () => {
    const store = await openStore()
    await new CatalogService(store, catalog, taxonomy).boot()
    await store.close()

    const reopened = await openStore()
    expect(reopened.data.catalogVersion).toBe(catalog.version)
    expect(reopened.data.roles.map((role) => role.id)).toEqual(catalog.roles.map((role) => role.id))
    await reopened.close()
  })

  it('merges a newer catalog on start without touching the user’s own roles', async () => {
    const store = await openStore()
    await new CatalogService(store, catalog, taxonomy).boot()
    const mine = userRole('analytics-translator')
    await store.update((db) => {
      db.roles.push(mine)
    })
    await store.close()

    const restarted = await openStore()
    await new CatalogService(restarted, nextRelease(), taxonomy).boot()
    expect(restarted.data.catalogVersion).toBe(catalog.version + 1)
    expect(restarted.data.roles.find((role) => role.id === 'data-manager')?.summary).toBe(
      'Reworded in the next release.',
    )
    expect(restarted.data.roles.find((role) => role.id === mine.id)).toEqual(mine)
    expect(restarted.data.roles).toHaveLength(catalog.roles.length + 1)
    await restarted.close()
  })

  it('does not write when the stored catalog is current', async () => {
    const store = await openStore()
    const service = new CatalogService(store, catalog, taxonomy)
    await service.boot()
    const before = store.data
    await service.boot()
    expect(store.data).toBe(before)
    await store.close()
  })

  it('answers a role page with its entities and cited articles, and refuses unknown ids', async () => {
    const store = await openStore()
    const service = new CatalogService(store, catalog, taxonomy)
    await service.boot()
    const detail = service.get('data-manager')
    expect(detail.entities['erwin']?.name).toBe('ERwin')
    expect(Object.keys(detail.articles).length).toBeGreaterThan(0)
    expect(() => service.get('astronaut')).toThrow(AppError)
    await store.close()
  })
})
