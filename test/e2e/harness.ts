import { SOURCE_CATALOG_DIR } from '../../src/main/services/catalog/bundled-catalog'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'
import { openAppContainer, type AppContainer } from '../../src/main/app-container'
import type { ChooseSavePath } from '../../src/main/dialogs/dialogs'
import { invokeChannel } from '../../src/main/ipc/invoke'
import { createBridge } from '../../src/shared/ipc/bridge'
import { channels } from '../../src/shared/ipc/contract'

/** Debian's Chromium; `.ci/run` installs it with apt-get. */
export const CHROMIUM_PATH = process.env['ROLE_ATLAS_CHROMIUM'] ?? '/usr/bin/chromium'
const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer')
// The parser's thread as the app runs it: built by `npm run bundle`, like the renderer above.
const ARTICLE_PARSER_WORKER = resolve(
  import.meta.dirname,
  '../../out/main/article-parser-worker.js',
)
const SALARY_INDEX_PATH = resolve(
  import.meta.dirname,
  '../../resources/salaries/aijobs-salaries.json',
)
// Module scripts do not load from file:// in plain Chromium, so the built renderer is served
// on a made-up http origin that only page.route answers; nothing goes to the network.
const APP_ORIGIN = 'http://role-atlas.test'
export const DATA_FILE_NAME = 'role-atlas.json'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface LaunchedApp {
  page: Page
  dataDir: string
  dataFilePath: string
  container: AppContainer
  /** URLs the app asked to open in the system browser. */
  openedExternalUrls: string[]
  /**
   * Answers for the open dialog, first in first out: push a path before the click that opens
   * the dialog; an empty queue answers as if the user cancelled.
   */
  openDialogAnswers: string[]
  /** Folders the app asked the system file manager to show. */
  openedFolders: string[]
  /** Console errors, page errors and CSP violations seen so far; a clean run has none. */
  pageErrors: string[]
  /** Shuts the browser and the store, so the same `dataDir` can be launched again. */
  close(): Promise<void>
}

export interface LaunchOptions {
  dataDir?: string
  colorScheme?: 'light' | 'dark'
  /** Stands in for the save dialog; by default saves to `<dataDir>/exports/<suggested name>`. */
  chooseSavePath?: ChooseSavePath
  /**
   * Gives pages V8's `gc()`: the bench collects garbage before each timed click with it, an
   * ordinary full collection, where DevTools' own collects as if memory were low and drops
   * compiled code, which the app's next click would pay to compile again.
   */
  exposeGc?: boolean
}

/** True when the browser the e2e suite drives is installed. */
export function browserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH)
}

async function serveRenderer(page: Page): Promise<void> {
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url())
    const file = normalize(join(RENDERER_DIR, decodeURIComponent(pathname)))
    if (!file.startsWith(RENDERER_DIR + sep) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'Not found' })
      return
    }
    await route.fulfill({
      status: 200,
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      body: await readFile(file),
    })
  })
}

/**
 * Starts Role Atlas as the user would meet it, with Electron's transport swapped out: the
 * built renderer in real Chromium, `window.api` bridged to the same handler table main
 * registers, and a real data file in `dataDir`.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run bundle` before the e2e suite.')
  }
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'role-atlas-e2e-')))
  const dataFilePath = join(dataDir, DATA_FILE_NAME)
  const openedExternalUrls: string[] = []
  const openDialogAnswers: string[] = []
  const openedFolders: string[] = []
  const pageErrors: string[] = []
  const packageJson = JSON.parse(
    await readFile(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
  ) as { version: string }
  const container = await openAppContainer({
    dataFilePath,
    version: packageJson.version,
    openExternal: async (url) => {
      openedExternalUrls.push(url)
    },
    chooseSavePath:
      options.chooseSavePath ??
      (async (suggestedFileName) => {
        const exportsDir = join(dataDir, 'exports')
        await mkdir(exportsDir, { recursive: true })
        return join(exportsDir, suggestedFileName)
      }),
    chooseOpenPath: async () => openDialogAnswers.shift() ?? null,
    openFolder: async (folderPath) => {
      openedFolders.push(folderPath)
    },
    salaryIndexPath: SALARY_INDEX_PATH,
    catalogDir: SOURCE_CATALOG_DIR,
    articleParserWorker: { file: ARTICLE_PARSER_WORKER },
  })

  let browser: Browser | undefined
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        ...(options.exposeGc ? ['--js-flags=--expose-gc'] : []),
      ],
    })
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      colorScheme: options.colorScheme ?? 'light',
    })
    const page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text())
    })
    await serveRenderer(page)
    // Answers cross as JSON text, parsed natively in the page, as Electron's structured clone
    // is: Playwright's own serialisation of a large object costs the page several times more.
    await page.exposeFunction('__roleAtlasInvoke', async (channel: string, input: unknown) =>
      JSON.stringify(
        await invokeChannel(container.handlers, channel, input, (name, error) =>
          pageErrors.push(`handler ${name} failed: ${String(error)}`),
        ),
      ),
    )
    // The very function the preload runs, so the page gets the same `window.api` shape.
    await page.addInitScript(
      `window.api = (${createBridge.toString()})(${JSON.stringify(channels)}, ` +
        `async (channel, input) => JSON.parse(await window.__roleAtlasInvoke(channel, input)));`,
    )
    await page.goto(`${APP_ORIGIN}/index.html`)
    const launchedBrowser = browser
    return {
      page,
      dataDir,
      dataFilePath,
      container,
      openedExternalUrls,
      openDialogAnswers,
      openedFolders,
      pageErrors,
      close: async () => {
        await launchedBrowser.close()
        await container.shutdown()
      },
    }
  } catch (error) {
    await browser?.close()
    await container.shutdown()
    throw error
  }
}

/** Runs axe-core on the page and returns the serious and critical violations, described. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`)
}
