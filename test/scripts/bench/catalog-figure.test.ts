import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { measureCatalog } from '../../../scripts/bench/catalog-figure'

describe('measureCatalog', () => {
  it('reports the shipped catalog’s load time against parsing alone, and its size', async () => {
    const [load, size] = await measureCatalog(
      path.join(import.meta.dirname, '../../../resources/catalog'),
      1,
    )
    expect(load).toMatchObject({ name: 'catalog.load', unit: 'ms' })
    expect(load?.value).toBeGreaterThan(0)
    expect(size).toMatchObject({ name: 'catalog.size', unit: 'KB' })
    // Indented JSON is larger than the same JSON without indentation, its baseline.
    expect(size?.value).toBeGreaterThan(size?.baseline ?? Infinity)
  })
})
