/**
 * The renderer's figures, measured on the built renderer (out/renderer) in Debian's Chromium
 * through the end-to-end harness, over a data file filled by the generator:
 * - startup: first contentful paint of the library with 300 roles against a blank page's; the
 *   paint that shows all 300 against the same library saved as a static page (its floor);
 * - compare: click to the paint that shows a saved 4-role comparison at 4× CPU throttling
 *   (p95), against its floor: the app's own first screen of it put in place by hand once main
 *   answers the same request (see renderer-floors.ts); and 4 roles against 2;
 * - toggle: click on an item's status to the paint that shows it, in the 2,000-item plan at
 *   4× CPU throttling (p95), against its floor: the same tick made by hand on the same page;
 *   each ticked row is scrolled into view first, as a user sees a row they tick;
 * - weights: each floor against the same change by hand on a bare page holding only the
 *   changed elements in the app's styles (renderer-bare.ts): what the rest of the page costs,
 *   median against median;
 * - catalog: the library's readiness and the compare figure again with the shipped catalog's
 *   roles alone, as most users have it, and the compare figure for four O*NET occupations of
 *   it, the longest lists the app compares (onet-comparisons.ts);
 * - memory: JS heap after garbage collection with the largest plan open, against a blank page
 *   holding every answer the app received for it as plain objects.
 */
import type { CDPSession, Page } from 'playwright-core'
import type { Db } from '../../src/main/store/schema'
import { launchApp, type LaunchedApp } from '../../test/e2e/harness'
import { isOnetComparison } from './onet-comparisons'
import { lookOf, openBarePage, showOnBarePage } from './renderer-bare'
import {
  openByHandOnNextClick,
  showAppScreenAgain,
  tickByHandOnNextClick,
  tickedElements,
} from './renderer-floors'
import type { Measurement } from './results'
import { openStaticPage, staticCopyOf } from './renderer-static'
import { alternate, median, percentile } from './stats'

const BLANK_ORIGIN = 'http://blank.test'
// Where the library's static copy is served (renderer-static.ts).
const LIBRARY_COPY_ORIGIN = 'http://library-copy.test'
// Each measured page is brought to the front first: Chromium slows animation frames and
// timers of a page in the background, which would be measured instead of the app.
const THROTTLING = 4
const FRAMES_AFTER_FRONT = 6
// The library lists its roles family by family: each family is an item holding a list of cards.
const ROLE_CARDS = 'ul[aria-label="Roles"] > li > ul > li'
// A card given a custom property is wrapped in an element of Svelte's, so not `> section`.
const PLAN_GROUPS = '.groups section[aria-labelledby^="group-"]'
const BLANK_PAGE = `<!doctype html><html lang="en"><head><title>Blank</title></head><body>
<p>Blank</p></body></html>`

export interface RendererOptions {
  dataDir: string
  db: Db
  /** The shipped catalog's 54 roles alone: the library and compare figures again on it. */
  catalog: { dataDir: string; db: Db }
  /** Loads of the app and of each baseline every startup figure is the median of (options.ts). */
  startupRounds: number
  /** How many opens each p95 of the shipped catalog's comparisons is taken over. */
  clicks: number
  /** How many opens `renderer.compare`'s p95 is taken over, on the 300-role data. */
  compareOpens: number
  /** How many ticks `renderer.toggle`'s p95 is taken over (see options.ts). */
  tickClicks: number
  /** Says which figure is being measured. */
  progress: (step: string) => void
}

/** The plan's page is drawn: one section per group of items it holds. */
function planReady(plan: Db['plans'][number]): Condition {
  return { selector: PLAN_GROUPS, count: new Set(plan.items.map((item) => item.group)).size }
}

/** Something on the page that has happened once `selector` matches exactly `count` elements. */
interface Condition {
  selector: string
  count: number
}

// In-page code is a string with data passed as JSON: this file is type-checked without the
// DOM library, and the app's CSP allows no eval, so conditions are selectors, not code.
/**
 * Resolves once the condition holds (checked on every DOM change) and the next frame has been
 * painted, with performance.now() at that point; rejects after 20 s. The frame callback runs
 * just before that paint; the first task after it marks the paint done. It is queued as
 * user-blocking so that it runs ahead of tasks the app queued for after the same paint (rows
 * drawn a frame later, requests sent once the screen is up), which are not part of the click.
 */
const PAINTED_WHEN = `({ selector, count }) => new Promise((resolve, reject) => {
  const holds = () => document.querySelectorAll(selector).length === count
  const painted = () => requestAnimationFrame(() =>
    scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' }))
  if (holds()) return painted()
  const timeout = setTimeout(() => {
    observer.disconnect()
    reject(new Error('still no ' + count + ' × ' + selector + ' after 20 s'))
  }, 20000)
  const observer = new MutationObserver(() => {
    if (!holds()) return
    observer.disconnect()
    clearTimeout(timeout)
    painted()
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
})`

interface Click {
  /** Milliseconds from the click to the paint. */
  ms: number
  /** The HTML inside the element asked to be kept, as it was painted. */
  kept?: string
}

/**
 * Milliseconds from a click on `target` to the paint that shows `done`, and the HTML inside
 * `keep` as that paint showed it.
 */
async function clickToPaint(
  page: Page,
  target: string,
  done: Condition,
  keep?: string,
): Promise<Click> {
  // Read in the task that marked the paint done, before any the app queued after it.
  const kept = keep ? `document.querySelector(${JSON.stringify(keep)}).innerHTML` : 'undefined'
  const script = `(async () => {
    const start = performance.now()
    document.querySelector(${JSON.stringify(target)}).click()
    const ms = (await (${PAINTED_WHEN})(${JSON.stringify(done)})) - start
    return { ms, kept: ${kept} }
  })()`
  return page.evaluate(script) as Promise<Click>
}

/** Milliseconds from navigation start to the paint that shows `ready`. */
async function readyAt(page: Page, ready: Condition): Promise<number> {
  return page.evaluate(`(${PAINTED_WHEN})(${JSON.stringify(ready)})`) as Promise<number>
}

/**
 * Brings `page` to the front and waits for its frames to come as they do on a page in front.
 * Chromium draws a page behind another at a frame a second, so the bare page is brought
 * forward for its clicks; the first frames of a page just brought forward redraw all of it,
 * which the next click would be charged with, so it waits six frames, and the bare page's
 * clicks come in a pass of their own rather than between the app's.
 */
async function toFront(page: Page): Promise<void> {
  await page.bringToFront()
  await page.evaluate(`new Promise((resolve) => {
    let frames = 0
    const next = () => (++frames === ${FRAMES_AFTER_FRONT} ? resolve() : requestAnimationFrame(next))
    requestAnimationFrame(next)
  })`)
}

async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  return cdp
}

/**
 * A full garbage collection of the page's heap, so a click does not pay for collecting what
 * the ones before it left. V8's own `gc()` (the browser is launched with it), an ordinary full
 * collection, not DevTools' `HeapProfiler.collectGarbage`, which is V8's low-memory
 * notification: that one also drops what V8 keeps to run code faster, which the app, running
 * far more code in a click than the open by hand, would pay for again on every click.
 */
async function collectGarbage(page: Page): Promise<void> {
  await page.evaluate('gc()')
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 2 ** 20
}

const FIRST_CONTENTFUL_PAINT = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0]
    if (entry) { observer.disconnect(); resolve(entry.startTime) }
  }).observe({ type: 'paint', buffered: true })
})`

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(FIRST_CONTENTFUL_PAINT) as Promise<number>
}

/**
 * The app's first paint against a blank page's, and the paint that shows the whole library
 * against the same library saved as a static page (renderer-static.ts), each the median of
 * loads that take turns with their baselines'.
 */
async function measureStartup(
  app: LaunchedApp,
  appUrl: string,
  blank: Page,
  options: RendererOptions,
) {
  const cards: Condition = { selector: ROLE_CARDS, count: options.db.roles.length }
  await app.page.bringToFront()
  await app.page.goto(appUrl)
  await readyAt(app.page, cards)
  const copy = await openStaticPage(app, LIBRARY_COPY_ORIGIN, await staticCopyOf(app))
  const ready: number[] = []
  const staticReady: number[] = []
  try {
    const paired = await alternate(
      options.startupRounds,
      async () => {
        await app.page.bringToFront()
        await app.page.goto('about:blank')
        await app.page.goto(appUrl)
        ready.push(await readyAt(app.page, cards))
        return firstContentfulPaint(app.page)
      },
      async () => {
        await blank.bringToFront()
        await blank.goto('about:blank')
        await blank.goto(`${BLANK_ORIGIN}/`)
        const blankFcp = await firstContentfulPaint(blank)
        await copy.bringToFront()
        await copy.goto('about:blank')
        await copy.goto(`${LIBRARY_COPY_ORIGIN}/`)
        staticReady.push(await readyAt(copy, cards))
        return blankFcp
      },
    )
    return [
      {
        name: 'renderer.startup',
        value: median(paired.subject),
        unit: 'ms',
        baseline: median(paired.baseline),
      },
      {
        name: 'renderer.startup.ready',
        value: median(ready),
        unit: 'ms',
        baseline: median(staticReady),
      },
    ] satisfies Measurement[]
  } finally {
    await copy.close()
  }
}

/**
 * Times of the app's clicks, of the same clicks answered by hand (renderer-floors.ts), and of
 * the same change by hand on the bare page holding only what it changes (renderer-bare.ts).
 */
interface ClickTimes {
  app: number[]
  floor: number[]
  bare: number[]
}

async function showSavedList(app: LaunchedApp, appUrl: string, link: string): Promise<void> {
  await app.page.goto(`${appUrl}#/saved`)
  // A locator, not waitForSelector: the element handle that returns would be held by
  // DevTools until disposed, and with it the whole list the link was in, after it is gone.
  await app.page.locator(link).waitFor()
}

/** The saved comparisons of `roleCount` roles, each with its link in the saved list. */
function savedOf(db: Db, roleCount: number): { id: string; link: string; roleIds: string[] }[] {
  const saved = db.comparisons.filter((comparison) => comparison.roleIds.length === roleCount)
  if (saved.length === 0) throw new Error(`the generated data has no ${roleCount}-role comparison`)
  return saved.map(({ id, roleIds }) => ({ id, link: `a[href*="saved=${id}"]`, roleIds }))
}

/** One column per role, each with its "Remove … from the comparison" button: the table is up. */
function columnsOf(roleCount: number, within = ''): Condition {
  return { selector: `${within}[aria-label$=" from the comparison"]`.trim(), count: roleCount }
}

/** Times of the comparison opens: the 4-role ones as {@link ClickTimes}, and the 2-role ones. */
interface CompareTimes extends ClickTimes {
  /** The app's opens of 2-role comparisons, for `renderer.compare.scaling`. */
  two: number[]
}

/**
 * Opens saved 4-role comparisons from the saved list, `clicks` times: `byHand`, each beside the
 * same open by hand showing the screen the app paints for it (renderer-floors.ts); with `two`,
 * a 2-role comparison is opened by the app every other round as well.
 *
 * Every kind of open is made once, untimed, before the rounds: the first open of a comparison
 * on a page pays for what later ones reuse (the first run of the compare screen's code, its
 * templates and styles first applied), and the open by hand, which always came after the
 * app's, never paid it; quick runs' p95 over ten clicks was that first open. Within a round
 * the opens take turns at going first, so a machine getting busier or calmer mid-run, or the
 * open before, weighs on each kind alike; the 2-role opens take turns with the 4-role ones
 * rather than coming in a block after them, for the same reason. Garbage is collected before
 * every timed open, on each page alike: a trace of twelve opens found a major collection of what
 * earlier rounds left (about 30 ms at 4×, a quarter of an open) in one of them, which a p95
 * over 20 or 40 opens would take for the app's or the floor's own cost.
 */
async function compareClicks(
  app: LaunchedApp,
  appUrl: string,
  db: Db,
  { clicks, byHand, two, bare }: { clicks: number; byHand: boolean; two?: boolean; bare?: Page },
): Promise<CompareTimes> {
  const four = savedOf(db, 4).slice(0, clicks)
  const twos = two ? savedOf(db, 2) : []
  await app.page.bringToFront()
  const times: CompareTimes = { app: [], floor: [], bare: [], two: [] }
  // The app's first screen of each comparison, which its open by hand shows.
  const screens = new Map<string, string>()
  const bareOpens: { id: string; link: string; roleIds: string[]; screen: string }[] = []

  const openByApp = async (open: { id: string; link: string; roleIds: string[] }) => {
    await showSavedList(app, appUrl, open.link)
    await collectGarbage(app.page)
    const opened = await clickToPaint(app.page, open.link, columnsOf(open.roleIds.length), 'main')
    if (opened.kept === undefined) throw new Error('the opened comparison was not kept')
    screens.set(open.id, opened.kept)
    return opened.ms
  }
  const openByHand = async (open: { id: string; link: string; roleIds: string[] }) => {
    const screen = screens.get(open.id)
    if (screen === undefined) throw new Error(`comparison ${open.id} was not opened by the app`)
    await showSavedList(app, appUrl, open.link)
    await openByHandOnNextClick(app.page, { ...open, screen })
    await collectGarbage(app.page)
    // Its own columns, so an open the app made instead would not count as the floor.
    const shown = columnsOf(open.roleIds.length, '#screen-by-hand ')
    const { ms } = await clickToPaint(app.page, open.link, shown)
    await showAppScreenAgain(app.page)
    bareOpens.push({ ...open, screen })
    return ms
  }

  // Untimed: every 4-role comparison the rounds open, so each open by hand has its screen even
  // when it goes first, one open by hand and one 2-role open. The look is taken once the
  // comparison's own styles have loaded with its view, and before the other opens, so that
  // what reading every style rule costs the page is not charged to the first timed open.
  const [first, ...others] = four
  if (!first) throw new Error('no comparison to open')
  await openByApp(first)
  const look = await lookOf(app.page)
  for (const open of others) await openByApp(open)
  if (byHand) await openByHand(first)
  if (twos[0]) await openByApp(twos[0])
  bareOpens.length = 0

  for (let i = 0; i < clicks; i++) {
    const open = four[i % four.length] as (typeof four)[number]
    const round: (() => Promise<void>)[] = [async () => void times.app.push(await openByApp(open))]
    if (byHand) round.push(async () => void times.floor.push(await openByHand(open)))
    const twoOpen = i % 2 === 0 ? twos[(i / 2) % twos.length] : undefined
    if (twoOpen) round.push(async () => void times.two.push(await openByApp(twoOpen)))
    // Each kind goes first in turn.
    for (let step = 0; step < round.length; step++) {
      await (round[(i + step) % round.length] as () => Promise<void>)()
    }
  }
  if (!bare) return times

  // The same opens by hand on the bare page, after the app's: switching pages between clicks
  // would charge the click after each switch with a page redrawn whole.
  await toFront(bare)
  for (const open of bareOpens) {
    // The link and an empty screen, in the app's styles: the same open by hand, alone.
    const html = `<a href="#/compare?saved=${open.id}">Open</a><main></main>`
    await showOnBarePage(bare, look, html)
    await openByHandOnNextClick(bare, open)
    await collectGarbage(bare)
    const done = columnsOf(open.roleIds.length, '#screen-by-hand ')
    times.bare.push((await clickToPaint(bare, open.link, done)).ms)
  }
  await toFront(app.page)
  return times
}

/**
 * Scrolls the row of `radio` to the middle of the view and resolves three frames later, once
 * the rows brought into view are drawn (a row out of view skips its rendering until then).
 * A user ticks a row they see: a click lands on what is on screen, and a radio given focus by
 * the keyboard is scrolled into view before an arrow key ticks it. A click by script on a row
 * out of view, which the bench made before, changes a row whose rendering is skipped: no
 * user makes that tick, and it cost a frame of the app's page more than a tick in view.
 */
const ROW_IN_VIEW = `(radio) => {
  document.querySelector(radio).closest('li.item').scrollIntoView({ block: 'center' })
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() =>
    requestAnimationFrame(() => setTimeout(resolve)))))
}`

async function rowInView(page: Page, radio: string): Promise<void> {
  await page.evaluate(`(${ROW_IN_VIEW})(${JSON.stringify(radio)})`)
}

async function toggleClicks(
  app: LaunchedApp,
  appUrl: string,
  db: Db,
  { clicks, bare }: { clicks: number; bare: Page },
): Promise<ClickTimes> {
  const plan = db.plans[0]
  if (!plan) throw new Error('the generated data has no plan')
  await app.page.bringToFront()
  await app.page.goto(`${appUrl}#/plans/${plan.id}`)
  await readyAt(app.page, planReady(plan))
  const names = (await app.page.evaluate(
    `[...document.querySelectorAll('li.item input[type="radio"][value="done"]')].map((input) => input.name)`,
  )) as string[]
  // The app's ticks and ticks by hand take turns, on rows of their own: the app never hears
  // of a tick by hand, so a row it ticks must not have been ticked by hand.
  const rows = {
    app: names.filter((_, index) => index % 2 === 0),
    floor: names.filter((_, index) => index % 2 === 1),
  }
  const look = await lookOf(app.page)
  const times: ClickTimes = { app: [], floor: [], bare: [] }
  const bareTicks: {
    html: string
    radio: string
    key: string
    status: string
    shown: Condition
  }[] = []
  for (let i = 0; i < clicks; i++) {
    for (const kind of ['app', 'floor'] as const) {
      const name = rows[kind][(i * 37) % rows[kind].length]
      if (!name) throw new Error('the plan shows too few items to toggle')
      // What the row shows as chosen: a tick by hand leaves the radio itself as it was.
      const chosen = `label.checked > input[name=${JSON.stringify(name)}]`
      const current = await app.page.locator(chosen).getAttribute('value')
      const status = current === 'done' ? 'learning' : 'done'
      const radio = `input[name=${JSON.stringify(name)}][value="${status}"]`
      // The status shows as chosen (bold) once the view has it; a tick by hand marks its own.
      const shown = { selector: `label.checked > ${radio}`, count: 1 }
      await rowInView(app.page, radio)
      if (kind === 'app') {
        await collectGarbage(app.page)
        times.app.push((await clickToPaint(app.page, radio, shown)).ms)
        continue
      }
      const key = name.slice('status-'.length)
      shown.selector = `label.checked[data-by-hand] > ${radio}`
      // A copy of the row as it is before the tick, for the bare page to tick the same way.
      bareTicks.push({ html: await tickedElements(app.page, radio), radio, key, status, shown })
      await tickByHandOnNextClick(app.page, { radio, key, status })
      await collectGarbage(app.page)
      times.floor.push((await clickToPaint(app.page, radio, shown)).ms)
    }
  }

  // The same ticks by hand on the bare page, after the app's (see compareClicks for why).
  await toFront(bare)
  for (const { html, shown, ...tick } of bareTicks) {
    await showOnBarePage(bare, look, html)
    await tickByHandOnNextClick(bare, tick)
    await collectGarbage(bare)
    times.bare.push((await clickToPaint(bare, tick.radio, shown)).ms)
  }
  await toFront(app.page)
  return times
}

async function measureMemory(
  app: LaunchedApp,
  appUrl: string,
  blank: Page,
  appCdp: CDPSession,
  blankCdp: CDPSession,
  db: Db,
): Promise<Measurement> {
  const plan = db.plans[0]
  if (!plan) throw new Error('the generated data has no plan')
  const received: unknown[] = []
  const handlers = app.container.handlers as unknown as Record<string, (input: unknown) => unknown>
  const originals = { ...handlers }
  for (const [channel, handler] of Object.entries(originals)) {
    handlers[channel] = async (input) => {
      const output = await handler(input)
      received.push(output)
      return output
    }
  }
  await app.page.bringToFront()
  await app.page.goto('about:blank')
  await app.page.goto(`${appUrl}#/plans/${plan.id}`)
  await readyAt(app.page, planReady(plan))
  Object.assign(handlers, originals)
  const appHeap = await heapMb(appCdp)

  await blank.bringToFront()
  await blank.goto(`${BLANK_ORIGIN}/`)
  await blank.evaluate(`window.held = JSON.parse(${JSON.stringify(JSON.stringify(received))})`)
  const blankHeap = await heapMb(blankCdp)
  return { name: 'renderer.memory', value: appHeap, unit: 'MB', baseline: blankHeap }
}

/** The 95th percentile of `value` clicks beside that of `baseline` clicks. */
function p95(name: Measurement['name'], value: number[], baseline: number[]): Measurement {
  return {
    name,
    value: percentile(value, 0.95),
    unit: 'ms',
    baseline: percentile(baseline, 0.95),
  }
}

/**
 * The median of `value` clicks beside that of `baseline` clicks: for what every click pays
 * alike (the weight of the page, the cost of more columns), which a p95 of a few clicks on a
 * busy machine would drown in its one slowest click.
 */
function medians(name: Measurement['name'], value: number[], baseline: number[]): Measurement {
  return { name, value: median(value), unit: 'ms', baseline: median(baseline) }
}

function throwOnPageErrors(app: LaunchedApp): void {
  if (app.pageErrors.length > 0) {
    throw new Error(`the app reported errors while measured:\n${app.pageErrors.join('\n')}`)
  }
}

/** The figures on the 300-role data: startup, memory, compare, toggle and the weights. */
async function measureFullScale(options: RendererOptions): Promise<Measurement[]> {
  const app = await launchApp({ dataDir: options.dataDir, exposeGc: true })
  try {
    const appUrl = `${new URL(app.page.url()).origin}/index.html`
    const blank = await openStaticPage(app, BLANK_ORIGIN, BLANK_PAGE)
    options.progress('renderer startup')
    const startup = await measureStartup(app, appUrl, blank, options)
    const appCdp = await throttle(app.page, 1)
    const blankCdp = await throttle(blank, 1)
    options.progress('renderer memory')
    const memory = await measureMemory(app, appUrl, blank, appCdp, blankCdp, options.db)

    await appCdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING })
    const bare = await openBarePage(app)
    await throttle(bare, THROTTLING)
    const { compareOpens: clicks, db } = options
    options.progress('renderer compare')
    // The 2-role opens, every other round: scaling is a ratio of medians, steady over fewer
    // clicks than a p95.
    const four = await compareClicks(app, appUrl, db, { clicks, byHand: true, two: true, bare })
    options.progress('renderer toggle')
    const toggles = await toggleClicks(app, appUrl, db, { clicks: options.tickClicks, bare })
    throwOnPageErrors(app)
    return [
      ...startup,
      p95('renderer.compare', four.app, four.floor),
      medians('renderer.compare.weight', four.floor, four.bare),
      medians('renderer.compare.scaling', four.app, four.two),
      p95('renderer.toggle', toggles.app, toggles.floor),
      medians('renderer.toggle.weight', toggles.floor, toggles.bare),
      memory,
    ]
  } finally {
    await app.close()
  }
}

/** The library and compare figures again on the shipped catalog's roles alone. */
async function measureCatalogRoles(options: RendererOptions): Promise<Measurement[]> {
  const { dataDir, db } = options.catalog
  const app = await launchApp({ dataDir, exposeGc: true })
  try {
    const appUrl = `${new URL(app.page.url()).origin}/index.html`
    const blank = await openStaticPage(app, BLANK_ORIGIN, BLANK_PAGE)
    options.progress(`renderer startup, ${db.roles.length} catalog roles`)
    const [, ready] = await measureStartup(app, appUrl, blank, { ...options, db })
    if (!ready) throw new Error('the library’s readiness was not measured')
    const appCdp = await throttle(app.page, THROTTLING)
    options.progress(`renderer compare, ${db.roles.length} catalog roles`)
    const generated = db.comparisons.filter((comparison) => !isOnetComparison(comparison))
    const four = await compareClicks(
      app,
      appUrl,
      { ...db, comparisons: generated },
      { clicks: options.clicks, byHand: true },
    )
    options.progress('renderer compare, four O*NET occupations')
    const onet = db.comparisons.filter(isOnetComparison)
    const fourOnet = await compareClicks(
      app,
      appUrl,
      { ...db, comparisons: onet },
      { clicks: options.compareOpens, byHand: true },
    )
    await appCdp.detach()
    throwOnPageErrors(app)
    return [
      { ...ready, name: 'renderer.catalog.startup.ready' },
      p95('renderer.catalog.compare', four.app, four.floor),
      p95('renderer.compare.onet', fourOnet.app, fourOnet.floor),
    ]
  } finally {
    await app.close()
  }
}

/** Every renderer figure: on the 300-role data, then on the shipped catalog alone. */
export async function measureRenderer(options: RendererOptions): Promise<Measurement[]> {
  return [...(await measureFullScale(options)), ...(await measureCatalogRoles(options))]
}
