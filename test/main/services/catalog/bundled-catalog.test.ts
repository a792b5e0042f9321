import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  loadCatalogFrom,
  SOURCE_CATALOG_DIR,
} from '../../../../src/main/services/catalog/bundled-catalog'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'catalog-dir-'))
  await cp(SOURCE_CATALOG_DIR, dir, { recursive: true })
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('loadCatalogFrom', () => {
  it('reads the catalog and both taxonomy files from the folder main is given', () => {
    const { catalog, taxonomy } = loadCatalogFrom(dir)
    expect(catalog.version).toBe(3)
    const ids = new Set(taxonomy.entities.map((entity) => entity.id))
    expect(ids.has('python')).toBe(true)
    expect(ids.has('microsoft-excel')).toBe(true)
  })

  it('refuses an O*NET entity that redefines a hand-kept one', async () => {
    const file = path.join(dir, 'taxonomy-onet.json')
    const additions = JSON.parse(await readFile(file, 'utf8')) as { entities: unknown[] }
    additions.entities.push({ id: 'python', name: 'Python again', kind: 'tool', aliases: [] })
    await writeFile(file, JSON.stringify(additions))
    expect(() => loadCatalogFrom(dir)).toThrow(/duplicate entity id python/)
  })

  it('fails at start, naming the file, when the catalog is missing', async () => {
    await rm(path.join(dir, 'catalog.json'))
    expect(() => loadCatalogFrom(dir)).toThrow(/catalog\.json/)
  })
})
