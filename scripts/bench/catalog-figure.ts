/**
 * `catalog.load`: what main spends on the built-in catalog when it starts — reading
 * resources/catalog/catalog.json and taxonomy-onet.json, parsing them and validating them
 * with the schemas `loadBundledCatalog` uses; the median of `rounds` loads. The baseline is
 * reading and parsing alone, so the ratio shows what validation adds.
 * `catalog.size`: the two files' size on disk in KB (what the app ships and main holds);
 * the baseline is the same JSON without indentation.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { CatalogSchema } from '../../src/shared/domain/catalog'
import { EntitySchema } from '../../src/shared/domain/entity'
import type { Measurement } from './results'
import { median } from './stats'

async function readBoth(dir: string): Promise<[string, string]> {
  return Promise.all([
    readFile(path.join(dir, 'catalog.json'), 'utf8'),
    readFile(path.join(dir, 'taxonomy-onet.json'), 'utf8'),
  ])
}

/** The catalog figures for the catalog in `dir` (resources/catalog). */
export async function measureCatalog(dir: string, rounds: number): Promise<Measurement[]> {
  const load: number[] = []
  const parseOnly: number[] = []
  let texts: [string, string] = ['', '']
  for (let round = 0; round < rounds; round++) {
    let start = performance.now()
    texts = await readBoth(dir)
    JSON.parse(texts[0])
    JSON.parse(texts[1])
    parseOnly.push(performance.now() - start)
    start = performance.now()
    const [catalog, additions] = (await readBoth(dir)).map((text) => JSON.parse(text) as unknown)
    CatalogSchema.parse(catalog)
    EntitySchema.array().parse((additions as { entities: unknown }).entities)
    load.push(performance.now() - start)
  }
  const bytes = Buffer.byteLength(texts[0]) + Buffer.byteLength(texts[1])
  const compact = texts.reduce(
    (sum, text) => sum + Buffer.byteLength(JSON.stringify(JSON.parse(text))),
    0,
  )
  return [
    { name: 'catalog.load', value: median(load), unit: 'ms', baseline: median(parseOnly) },
    { name: 'catalog.size', value: bytes / 1024, unit: 'KB', baseline: compact / 1024 },
  ]
}
