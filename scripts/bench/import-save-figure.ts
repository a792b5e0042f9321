/**
 * `importer.save`: the median time to save an article with 3,000 extra bullets by merging
 * both its roles into roles of the generated library, as `articleImport:save` does (parse, then
 * merge). The baseline is the preview of the same text as `articleImport:preview` makes it for the
 * same two roles (parse, then what each merge would do item by item): saving should cost
 * about what showing it did. Before the merge was indexed, saving took about 17 s.
 */
import { performance } from 'node:perf_hooks'
import type { Db } from '../../src/main/store/schema'
import type { Taxonomy } from '../../src/shared/domain/entity'
import { EntityLinker } from '../../src/shared/domain/entity-linker'
import { applyImport } from '../../src/shared/domain/article-import/apply-import'
import { previewMerge } from '../../src/shared/domain/article-import/merge-preview'
import { parseArticle } from '../../src/shared/importer/parse-article'
import type { ParsedArticle } from '../../src/shared/importer/types'
import { generateArticle } from './generate-article'
import { Random } from './random'
import type { Measurement } from './results'
import { median } from './stats'

/** As many distinct bullets as `articleImport:save` took 17 s for before the merge was indexed. */
const EXTRA_BULLETS = 3_000

const VERBS = ['Review', 'Automate', 'Document', 'Test', 'Migrate', 'Monitor', 'Tune', 'Audit']
const OBJECTS = ['reports', 'pipelines', 'dashboards', 'models', 'schemas', 'jobs', 'alerts']
const PLACES = ['billing', 'search', 'logistics', 'payroll', 'marketing', 'support', 'pricing']

/**
 * A generated article whose first role has more distinct responsibilities: `extra` of them, or
 * as many as keep the article's UTF-8 within `bytes`.
 */
export function articleWithExtraBullets(
  random: Random,
  taxonomy: Taxonomy,
  size: { extra: number } | { bytes: number },
): string {
  const text = generateArticle(random, taxonomy.entities)
  const names = taxonomy.entities.map((entity) => entity.name)
  const bullets: string[] = []
  let bytes = Buffer.byteLength(text)
  for (;;) {
    // Distinct in what they say, not only in a number: two bullets rarely share three terms.
    const [tool, other] = random.sample(names, 2)
    const place = random.pick(PLACES)
    const bullet = `  • ${random.pick(VERBS)} the ${place} ${random.pick(OBJECTS)} with ${tool} and ${other}`
    bytes += Buffer.byteLength(bullet) + 1
    if ('extra' in size ? bullets.length >= size.extra : bytes > size.bytes) break
    bullets.push(bullet)
  }
  // Right under the first role's responsibilities heading, so they land in that list.
  return text.replace(
    /(Responsibilities\n\n[^\n]+\n\n[^\n]+ Responsibilities\n)/,
    `$1${bullets.join('\n')}\n`,
  )
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

function parsed(text: string, linker: EntityLinker): ParsedArticle {
  const outcome = parseArticle(text, linker)
  if (!outcome.ok) throw new Error(`the importer refused the article: ${outcome.error.message}`)
  return outcome.article
}

export function measureImportSave(
  db: Db,
  taxonomy: Taxonomy,
  seed: number,
  rounds: number,
): Measurement {
  const random = new Random(seed)
  const linker = new EntityLinker(taxonomy.entities)
  const text = articleWithExtraBullets(random, taxonomy, { extra: EXTRA_BULLETS })
  const added = parsed(text, linker).roles[0].sections.responsibilities.length
  if (added < EXTRA_BULLETS) throw new Error(`the extra bullets were not read (${added})`)
  const [first, second] = db.roles.filter((role) => role.sections.responsibilities.length > 0)
  if (!first || !second) throw new Error('the generated library has no roles to merge into')
  const subject: number[] = []
  const baseline: number[] = []
  for (let round = 0; round < rounds; round++) {
    baseline.push(
      time(() => {
        const article = parsed(text, linker)
        previewMerge(db, article, 0, first.id, [])
        previewMerge(db, article, 1, second.id, [])
      }),
    )
    subject.push(
      time(() =>
        applyImport(
          db,
          parsed(text, linker),
          [
            { action: 'merge', roleId: first.id },
            { action: 'merge', roleId: second.id },
          ],
          [],
        ),
      ),
    )
  }
  return { name: 'importer.save', value: median(subject), unit: 'ms', baseline: median(baseline) }
}
