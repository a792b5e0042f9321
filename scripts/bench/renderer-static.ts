/**
 * The floor of the library's readiness: the library as the app painted it, saved as a static
 * page (its HTML and the app's styles, no script), loaded as the app is. What the app takes
 * past it is its own work (its script, the request for the roles, drawing them); the page's
 * own parse, style, layout and paint of the same 300 cards are on both sides, so the figure
 * is a ratio that holds on a slower machine as an excess in milliseconds did not.
 */
import type { Page } from 'playwright-core'
import type { LaunchedApp } from '../../test/e2e/harness'
import { lookOf } from './renderer-bare'

// In-page code is a string (see renderer-figures.ts). The body as painted, scripts and all
// (it holds none: the app's module is in the head, which the static page replaces).
const BODY_HTML = `document.body.innerHTML`

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
}

/**
 * The page on screen in `app` as a static page: its root's attributes (theme, text size), every
 * style rule it has loaded in one `<style>`, and its body's HTML.
 */
export async function staticCopyOf(app: LaunchedApp): Promise<string> {
  const look = await lookOf(app.page)
  const body = (await app.page.evaluate(BODY_HTML)) as string
  const attributes = Object.entries(look.rootAttributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')
  return `<!doctype html><html${attributes}><head><meta charset="UTF-8" /><title>Role Atlas</title><style>${look.css}</style></head><body>${body}</body></html>`
}

/**
 * A page of its own in the app's browser, where every address under `origin` (a made-up one
 * that only this page answers) serves `html`: the blank page, or the library's static copy.
 */
export async function openStaticPage(
  app: LaunchedApp,
  origin: string,
  html: string,
): Promise<Page> {
  const page = await app.page.context().newPage()
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  )
  return page
}
