import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBundledCatalog } from '../../../../src/main/services/catalog/bundled-catalog'
import { CatalogService } from '../../../../src/main/services/catalog/catalog-service'
import { Store } from '../../../../src/main/store/db'
import { ONET_ATTRIBUTION } from '@shared/domain/catalog-sources'
import { useTempDir } from '../../store/helpers'

const { catalog, taxonomy } = loadBundledCatalog()

describe('CatalogService with catalog 2', () => {
  const tempDir = useTempDir()

  async function openService(): Promise<CatalogService> {
    const store = await Store.open(path.join(tempDir(), 'role-atlas.json'))
    const service = new CatalogService(store, catalog, taxonomy)
    await service.boot()
    return service
  }

  it('lists about 55 roles of three kinds, searchable by O*NET alternate titles', async () => {
    const service = await openService()
    expect(service.query({ text: '' }).total).toBe(54)
    const kinds = new Set(catalog.roles.map((role) => role.kind))
    expect(kinds).toEqual(new Set(['seed', 'market', 'occupation']))
    const names = service.query({ text: 'Applied Scientist' }).roles.map((role) => role.name)
    expect(names).toContain('Data Scientist')
  })

  it('gives an O*NET role page its sources, with the attribution the licence asks for', async () => {
    const detail = (await openService()).get('data-scientist')
    expect(detail.sources?.map((source) => source.id)).toEqual([
      'onet-29.3',
      'bls-ep-2024-34',
      'aijobs-salaries-2025-01-19',
    ])
    expect(detail.sources?.[0]?.attribution).toBe(ONET_ATTRIBUTION)
    expect(detail.entities['python']?.name).toBe('Python')
  })

  it('gives a market role the articles it was written from', async () => {
    const detail = (await openService()).get('data-engineer')
    const articles = detail.sources?.filter((source) => source.publisher === 'aijobs.net')
    expect(articles?.map((source) => source.locator)).toContain(
      'https://aijobs.net/insights/data-engineer-vs-ai-programmer',
    )
    expect(detail.role.profile?.widerOccupations[0]).toMatchObject({
      roleId: 'database-architect',
      via: 'Data Engineer',
    })
  })
})
