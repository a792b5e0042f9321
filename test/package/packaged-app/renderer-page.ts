import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Browser, Page, Request, Route } from 'playwright-core'

// Module scripts do not load from file:// in plain Chromium, so the packaged renderer is served
// on a made-up origin only page routes answer (as test/e2e/harness.ts does); the main process
// sees the file:// URL Electron would show, mapped back by `toAppUrl`.
const PAGE_ORIGIN = 'http://role-atlas.test'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/** What the window's page asks of Electron; the launcher answers through the main process. */
export interface PageHost {
  /** Calls `window.api[area][verb](input)` as the preload exposed it; resolves with its answer. */
  callApi(area: string, verb: string, input: unknown): Promise<unknown>
  /** `will-navigate` in main for a navigation the page started; true when main refused it. */
  navigationRefused(appUrl: string): Promise<boolean>
  /** Main's window-open handler for a new window the page asked for; true when denied. */
  newWindowDenied(appUrl: string): Promise<boolean>
}

/**
 * True when `request` belongs to the window's own top frame. A popup's first request comes
 * before Playwright knows its frame, which then cannot be asked for.
 */
function isOwnMainFrame(request: Request, page: Page): boolean {
  try {
    return request.frame() === page.mainFrame()
  } catch {
    return false
  }
}

/** The page in Chromium standing in for the window's web contents. */
export interface RendererPage {
  page: Page
  /** The file:// URL main sees for what the page shows now. */
  appUrl(): string
  /** Console errors and page errors; a clean run has none. */
  errors: string[]
  /** Navigations of the window that main refused, by URL. */
  navigationsRefused: string[]
  /** New windows the page asked for that main denied, by URL. */
  windowsDenied: string[]
}

/**
 * Opens the packaged renderer (`rendererFile`, the file main loaded) in a fresh browser context
 * with `window.api` shaped as the preload exposed it (`apiShape`: verbs by area) and each call
 * going through `host`. Every navigation and new window the page starts asks main first.
 */
export async function openRendererPage(
  browser: Browser,
  rendererFile: string,
  apiShape: Record<string, string[]>,
  host: PageHost,
): Promise<RendererPage> {
  const rendererDir = join(rendererFile, '..')
  const toAppUrl = (pageUrl: string): string => {
    if (!pageUrl.startsWith(`${PAGE_ORIGIN}/`)) return pageUrl
    const url = new URL(pageUrl)
    return `${pathToFileURL(join(rendererDir, decodeURIComponent(url.pathname))).href}${url.search}${url.hash}`
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  // The harness opens no second window whatever main answers (the journey expects denials),
  // so a popup Chromium made is closed as soon as it shows; its request still asks main first.
  context.on('page', (popup) => void popup.close())
  const errors: string[] = []
  const navigationsRefused: string[] = []
  const windowsDenied: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })

  let loaded = false
  const serve = async (route: Route, request: Request): Promise<void> => {
    const file = normalize(join(rendererDir, decodeURIComponent(new URL(request.url()).pathname)))
    if (!file.startsWith(rendererDir + sep) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'Not found' })
      return
    }
    const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
    await route.fulfill({ status: 200, contentType, body: await readFile(file) })
  }
  await context.route('**/*', async (route, request) => {
    const url = toAppUrl(request.url())
    if (request.isNavigationRequest() && !isOwnMainFrame(request, page)) {
      // A new window: Chromium has opened one already, Electron would ask main first; either
      // way the answer decides, and no second window stays open.
      if (await host.newWindowDenied(url)) windowsDenied.push(url)
      await route.abort('blockedbyclient')
      return
    }
    // main's loadURL opened the page; every later navigation of the window is the page's own.
    if (request.isNavigationRequest() && loaded && (await host.navigationRefused(url))) {
      navigationsRefused.push(url)
      await route.abort('aborted')
      return
    }
    // The app makes no network request: only its own files are ever answered.
    if (request.url().startsWith(`${PAGE_ORIGIN}/`)) await serve(route, request)
    else await route.abort('blockedbyclient')
  })

  // Answers cross as JSON text (see test/e2e/harness.ts): structured data, no functions.
  await page.exposeFunction(
    '__roleAtlasCallApi',
    async (area: string, verb: string, input: unknown) =>
      JSON.stringify(await host.callApi(area, verb, input)),
  )
  // contextBridge gives the main frame a frozen copy whose functions call into the isolated
  // world; here each call goes to the preload's own function through the exposed binding.
  await page.addInitScript(
    `if (window === window.top) {
      const call = window.__roleAtlasCallApi;
      const shape = ${JSON.stringify(apiShape)};
      window.api = Object.freeze(Object.fromEntries(Object.entries(shape).map(([area, verbs]) =>
        [area, Object.freeze(Object.fromEntries(verbs.map((verb) =>
          [verb, async (input) => JSON.parse(await call(area, verb, input))])))])));
    }`,
  )
  const relative = fileURLToPath(pathToFileURL(rendererFile)).slice(rendererDir.length)
  await page.goto(`${PAGE_ORIGIN}${relative.split(sep).join('/')}`)
  loaded = true
  return { page, appUrl: () => toAppUrl(page.url()), errors, navigationsRefused, windowsDenied }
}
