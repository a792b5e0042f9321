/**
 * The largest article the importer accepts (just under ARTICLE_MAX_BYTES, 2 MiB of UTF-8: a
 * generated article with some 25,000 distinct responsibilities), previewed and saved as the
 * app does it, by the article-import service over the generated library at full scale:
 * - `importer.parse.largest`: the parse of it on the parser's worker thread, as main waits
 *   for it (the text sent, parsed, the outcome sent back), median over every parse a preview
 *   and a save make; against splitting the same text into trimmed lines on main.
 * - `importer.largest.blocked`: main's longest blocked stretch (how late, at most, a timer due
 *   every millisecond ran) over that article's preview and its save (the merges run in
 *   slices, the store writes the merged roles), median over the rounds; against the same
 *   watch over an idle main for up to a second after, the machine's own floor.
 */
import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { ArticleImportService } from '../../src/main/services/article-import/article-import-service'
import { WorkerArticleParser } from '../../src/main/services/article-import/article-parser'
import { Store } from '../../src/main/store/db'
import type { ArticleRef } from '../../src/shared/domain/role'
import type { Taxonomy } from '../../src/shared/domain/entity'
import { ARTICLE_MAX_BYTES } from '../../src/shared/importer/limits'
import { articleWithExtraBullets } from './import-save-figure'
import { Random } from './random'
import type { Measurement } from './results'
import { median } from './stats'

/** Under the limit by less than one responsibility line more would take. */
const LARGEST_BYTES = ARTICLE_MAX_BYTES - 1

/**
 * The article parser's thread from its TypeScript source, as the unit tests run it: the bench
 * runs the app's sources, not out/main. The same thread code; only how modules are found differs.
 */
const SOURCE_WORKER = new URL(
  '../../src/main/services/article-import/article-parser-worker.ts',
  import.meta.url,
)
const WORKER_EXEC_ARGV = [
  '--experimental-transform-types',
  '--disable-warning=ExperimentalWarning',
  '--import',
  new URL('../source-resolve-hook.ts', import.meta.url).href,
]

/**
 * Watches main's event loop: how late, at most, a timer due every millisecond ran since it
 * started, in milliseconds, which is main's longest blocked stretch. A timer, not a loop of
 * immediates: the watch must not keep a core busy that the parser's thread needs.
 */
function watchTurns(): { stop: () => number } {
  const delays = monitorEventLoopDelay({ resolution: 1 })
  delays.enable()
  return {
    stop: () => {
      delays.disable()
      return delays.max / 1e6
    },
  }
}

export interface LargestImportInputs {
  /** The data file of the generated library at full scale. */
  dataFile: string
  dir: string
  taxonomy: Taxonomy
  catalogArticles: readonly ArticleRef[]
  seed: number
  rounds: number
}

/** `importer.parse.largest` and `importer.largest.blocked` (see above). */
export async function measureLargestImport(inputs: LargestImportInputs): Promise<Measurement[]> {
  const text = articleWithExtraBullets(new Random(inputs.seed), inputs.taxonomy, {
    bytes: LARGEST_BYTES,
  })
  const bytes = Buffer.byteLength(text)
  if (bytes > ARTICLE_MAX_BYTES || bytes < ARTICLE_MAX_BYTES - 1024) {
    throw new Error(`the largest article came out at ${bytes} bytes`)
  }
  const dataFile = path.join(inputs.dir, 'role-atlas.json')
  await mkdir(inputs.dir, { recursive: true })
  await copyFile(inputs.dataFile, dataFile)
  const store = await Store.open(dataFile)
  const worker = new WorkerArticleParser(SOURCE_WORKER, inputs.taxonomy.entities, {
    execArgv: WORKER_EXEC_ARGV,
  })
  const parses: number[] = []
  const service = new ArticleImportService(store, inputs.taxonomy, inputs.catalogArticles, {
    chooseOpenPath: async () => null,
    parser: {
      parse: async (article) => {
        const start = performance.now()
        const outcome = await worker.parse(article)
        parses.push(performance.now() - start)
        return outcome
      },
      close: () => worker.close(),
    },
  })
  const [first, second] = store.data.roles.filter(
    (role) => role.sections.responsibilities.length > 0,
  )
  if (!first || !second) throw new Error('the generated library has no roles to merge into')
  const split: number[] = []
  const blocked: number[] = []
  const idle: number[] = []
  const inPreview: number[] = []
  try {
    // The thread's first parse also starts it and loads its code: the app pays that once.
    await worker.parse(text)
    for (let round = 0; round < inputs.rounds; round++) {
      split.push(timeSync(() => text.split('\n').map((line) => line.trim())))
      const watch = watchTurns()
      const previewWatch = watchTurns()
      const start = performance.now()
      const preview = await service.preview(text)
      inPreview.push(previewWatch.stop())
      const responsibilities = preview.article.roles[0]?.sections.responsibilities.length ?? 0
      if (responsibilities < 20_000) {
        throw new Error(`the largest article's extra lines were not read (${responsibilities})`)
      }
      const saved = await service.save({
        text,
        roles: [
          { action: 'merge', roleId: first.id },
          { action: 'merge', roleId: second.id },
        ],
      })
      const took = performance.now() - start
      blocked.push(watch.stop())
      // The library as it was, for the next round (untimed).
      await service.undo(saved.undoId)
      // The same time again with main idle: what the machine alone costs a turn.
      const floor = watchTurns()
      await sleep(Math.min(took, 1_000))
      idle.push(floor.stop())
    }
  } finally {
    await service.shutdown()
    await store.close()
  }
  // Which half holds main longest, for whoever lowers the figure.
  console.error(
    `bench: importer.largest.blocked: the preview's longest stretch was ${median(inPreview).toFixed(0)} ms (median); the rest came with the save`,
  )
  return [
    {
      name: 'importer.parse.largest',
      value: median(parses),
      unit: 'ms',
      baseline: median(split),
    },
    {
      name: 'importer.largest.blocked',
      value: median(blocked),
      unit: 'ms',
      baseline: median(idle),
    },
  ]
}

function timeSync(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}
