import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { threadId } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import {
  loadCatalogFrom,
  SOURCE_CATALOG_DIR,
} from '../../../../src/main/services/catalog/bundled-catalog'
import {
  PARSER_STOPPED,
  PARSER_TIMED_OUT,
  WorkerArticleParser,
} from '../../../../src/main/services/article-import/article-parser'
import { ArticleImportService } from '../../../../src/main/services/article-import/article-import-service'
import { parsePastedArticle } from '../../../../src/main/services/article-import/pasted-text'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import { EntityLinker } from '@shared/domain/entity-linker'
import { openTestContainer, SOURCE_ARTICLE_PARSER_WORKER } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'
import { largestArticle } from './largest-article'

const JOURNEY = path.resolve(
  import.meta.dirname,
  '../../../fixtures/articles/journey-data-manager-vs-analytics-engineer.txt',
)
const { catalog, taxonomy } = loadCatalogFrom(SOURCE_CATALOG_DIR)

function sourceParser(): WorkerArticleParser {
  const { file, execArgv } = SOURCE_ARTICLE_PARSER_WORKER
  return new WorkerArticleParser(file, taxonomy.entities, execArgv ? { execArgv } : {})
}

describe('WorkerArticleParser', () => {
  const tempDir = useTempDir()

  it('parses on a thread of its own, not on main', async () => {
    const parser = sourceParser()
    try {
      const outcome = await parser.parse(await readFile(JOURNEY, 'utf8'))
      expect(outcome.ok && outcome.article.roles.map((role) => role.name)).toEqual([
        'Data Manager',
        'Analytics Engineer',
      ])
      expect(parser.lastThreadId).not.toBeNull()
      expect(parser.lastThreadId).not.toBe(threadId)
    } finally {
      await parser.close()
    }
  })

  it('fails every waiting parse in plain words when its thread dies, and starts anew', async () => {
    const dying = path.join(tempDir(), 'dying-parser.mjs')
    await writeFile(
      dying,
      "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => process.exit(3))\n",
    )
    const parser = new WorkerArticleParser(dying, [])
    try {
      await expect(parser.parse('a')).rejects.toThrow(PARSER_STOPPED)
      // A second parse after the death gets a new thread (which dies too), not a dead port.
      await expect(parser.parse('b')).rejects.toThrow(PARSER_STOPPED)
    } finally {
      await parser.close()
    }
  })

  it('fails the parse in plain words when its thread answers something else', async () => {
    const confused = path.join(tempDir(), 'confused-parser.mjs')
    await writeFile(
      confused,
      "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => parentPort.postMessage('parsed!'))\n",
    )
    const parser = new WorkerArticleParser(confused, [])
    try {
      await expect(parser.parse('a')).rejects.toThrow(PARSER_STOPPED)
    } finally {
      await parser.close()
    }
  })

  it('stops a parse that never answers, in plain words', async () => {
    const silent = path.join(tempDir(), 'silent-parser.mjs')
    await writeFile(
      silent,
      "import { parentPort } from 'node:worker_threads'\nparentPort.on('message', () => {})\n",
    )
    const parser = new WorkerArticleParser(silent, [], { timeoutMs: 50 })
    try {
      await expect(parser.parse('a')).rejects.toThrow(PARSER_TIMED_OUT)
    } finally {
      await parser.close()
    }
  })
})

// Reading a 1.65 MB article takes seconds on a busy machine, on whichever thread.
describe('WorkerArticleParser on the largest accepted article', { timeout: 120_000 }, () => {
  // Its long lists cross to main in parts, a part a turn (see parse-answer-parts.ts).
  it('hands the article back exactly as the parser made it', async () => {
    const text = largestArticle()
    const parser = sourceParser()
    try {
      const outcome = await parser.parse(text)
      expect(outcome).toEqual(parsePastedArticle(text, new EntityLinker(taxonomy.entities)))
      expect(
        outcome.ok && outcome.article.roles[0].sections.responsibilities.length,
      ).toBeGreaterThan(5_000)
    } finally {
      await parser.close()
    }
  })
})

describe('articleImport:preview of the largest accepted article', { timeout: 120_000 }, () => {
  const tempDir = useTempDir()

  // Before the parse moved to its thread, the preview held main until it answered: no other
  // call, timer or window had a turn in between. Counted in turns of main's event loop, not in
  // milliseconds, so a slow machine cannot make it pass or fail.
  it('leaves main free to answer other calls while the article is read', async () => {
    const container = await openTestContainer(tempDir())
    try {
      const text = largestArticle()
      const report = (): void => undefined
      let previewed = false
      const preview = invokeChannel(
        container.handlers,
        'articleImport:preview',
        { text },
        report,
      ).then((result) => {
        previewed = true
        return result
      })
      let turns = 0
      let answeredMeanwhile = 0
      while (!previewed) {
        await nextTurn()
        turns++
        if (turns <= 3) {
          const status = await invokeChannel(container.handlers, 'app:status', undefined, report)
          if (status.ok && !previewed) answeredMeanwhile++
        }
      }
      expect(answeredMeanwhile).toBe(3)
      expect(turns).toBeGreaterThan(3)
      const result = await preview
      expect(result.ok).toBe(true)
    } finally {
      await container.shutdown()
    }
  })
})

describe('the merges a preview of the largest article shows', { timeout: 120_000 }, () => {
  const tempDir = useTempDir()

  // Parsed beforehand and handed over at once, so only the merges the preview works out
  // (into the role the article names, and against its earlier import) run on main here.
  it('are worked out in slices, with other calls answered in between', async () => {
    const container = await openTestContainer(tempDir())
    try {
      const text = largestArticle()
      const outcome = parsePastedArticle(text, new EntityLinker(taxonomy.entities))
      const service = new ArticleImportService(container.store, taxonomy, catalog.articles, {
        chooseOpenPath: async () => null,
        parser: { parse: async () => outcome, close: async () => undefined },
      })
      let previewed = false
      const preview = service.preview(text).then((result) => {
        previewed = true
        return result
      })
      let turnsMeanwhile = 0
      while (!previewed) {
        await nextTurn()
        if (!previewed) turnsMeanwhile++
      }
      expect(turnsMeanwhile).toBeGreaterThan(1)
      const { merges } = await preview
      const fates = Object.values(merges[0]?.fates ?? {}).flat()
      expect(fates.length).toBeGreaterThan(10_000)
    } finally {
      await container.shutdown()
    }
  })
})
