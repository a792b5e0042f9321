/**
 * The bare page the weight figures measure against: the app's own styles and only the element
 * a click changes, with the same `window.api` bridged to the same handlers main registers, so
 * a change made by hand there costs what it costs without the rest of the app's page. The
 * floor over it (on the app's page, in the same run) is the weight of everything else.
 */
import type { Page } from 'playwright-core'
import { invokeChannel } from '../../src/main/ipc/invoke'
import { createBridge } from '../../src/shared/ipc/bridge'
import { channels } from '../../src/shared/ipc/contract'
import type { LaunchedApp } from '../../test/e2e/harness'

const BARE_ORIGIN = 'http://bare.test'
const BARE_PAGE = `<!doctype html><html lang="en"><head><title>Bare</title></head><body></body></html>`

/** The app page's styles as text, and its root element's attributes (theme, font size). */
export interface PageLook {
  css: string
  rootAttributes: Record<string, string>
}

// In-page code is a string with data passed as JSON (see renderer-figures.ts).
const LOOK_OF_PAGE = `({
  css: [...document.styleSheets]
    .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n'))
    .join('\\n'),
  rootAttributes: Object.fromEntries(
    [...document.documentElement.attributes].map((attribute) => [attribute.name, attribute.value]),
  ),
})`

// Resolves two frames after the change, so the style and layout it costs are not counted in
// the click that follows. Only what differs is set: setting an attribute to its own value
// would make the next frame restyle the whole page all the same.
const SHOW_ON_BARE_PAGE = `({ look, html }) => {
  const root = document.documentElement
  for (const [name, value] of Object.entries(look.rootAttributes)) {
    if (root.getAttribute(name) !== value) root.setAttribute(name, value)
  }
  let style = document.getElementById('app-look')
  if (!style) {
    style = document.createElement('style')
    style.id = 'app-look'
    document.head.append(style)
  }
  if (style.textContent !== look.css) style.textContent = look.css
  document.body.innerHTML = html
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
}`

/** The styles the app's page has loaded by now (the views opened so far bring theirs). */
export async function lookOf(page: Page): Promise<PageLook> {
  return page.evaluate(LOOK_OF_PAGE) as Promise<PageLook>
}

/** A page of its own in the app's browser, with `window.api` bridged to the app's handlers. */
export async function openBarePage(app: LaunchedApp): Promise<Page> {
  const page = await app.page.context().newPage()
  await page.route(`${BARE_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BARE_PAGE }),
  )
  await page.exposeFunction('__roleAtlasInvoke', async (channel: string, input: unknown) =>
    JSON.stringify(
      await invokeChannel(app.container.handlers, channel, input, (name, error) =>
        app.pageErrors.push(`handler ${name} failed on the bare page: ${String(error)}`),
      ),
    ),
  )
  // As the harness bridges the app's page, so a request costs the page the same here.
  await page.addInitScript(
    `window.api = (${createBridge.toString()})(${JSON.stringify(channels)}, ` +
      `async (channel, input) => JSON.parse(await window.__roleAtlasInvoke(channel, input)));`,
  )
  await page.goto(`${BARE_ORIGIN}/`)
  return page
}

/** Shows `html` alone on the bare page, styled as the app's page is. */
export async function showOnBarePage(page: Page, look: PageLook, html: string): Promise<void> {
  await page.evaluate(`(${SHOW_ON_BARE_PAGE})(${JSON.stringify({ look, html })})`)
}
