/**
 * `importer.parse`: the median time to parse one generated 10 KB article, over many different
 * articles. The baseline splits the same text into trimmed lines: reading it once, the least
 * any parser must do.
 */
import { performance } from 'node:perf_hooks'
import { EntityLinker } from '../../src/shared/domain/entity-linker'
import type { Taxonomy } from '../../src/shared/domain/entity'
import { parseArticle } from '../../src/shared/importer/parse-article'
import { generateArticle } from './generate-article'
import { Random } from './random'
import type { Measurement } from './results'
import { median } from './stats'

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

export function measureImporter(taxonomy: Taxonomy, seed: number, articles: number): Measurement {
  const random = new Random(seed)
  const linker = new EntityLinker(taxonomy.entities)
  const texts = Array.from({ length: articles }, () => generateArticle(random, taxonomy.entities))
  const refused = texts.map((text) => parseArticle(text, linker)).find((outcome) => !outcome.ok)
  if (refused && !refused.ok) {
    throw new Error(`the importer refused a generated article: ${refused.error.message}`)
  }
  const subject: number[] = []
  const baseline: number[] = []
  for (const text of texts) {
    baseline.push(time(() => text.split('\n').map((line) => line.trim())))
    subject.push(time(() => parseArticle(text, linker)))
  }
  return { name: 'importer.parse', value: median(subject), unit: 'ms', baseline: median(baseline) }
}
