/**
 * The floor of a click figure: the least the same page can do for the same click. The click
 * is caught before the app sees it, the screen is changed by hand as the app would change it,
 * and the same request goes to main through the same bridge; no app code runs. What the app
 * takes above its floor is its own cost; the floor itself is the page's size, Chromium and
 * the machine.
 */
import type { Page } from 'playwright-core'

// In-page code is a string with data passed as JSON (see renderer-figures.ts).
/**
 * The tick's changed elements as HTML: the plan's progress bar and, in a list like its own,
 * the row of `radio`, for the bare page to hold alone (renderer-bare.ts).
 */
const TICKED_ELEMENTS = `(radio) => {
  const row = document.querySelector(radio).closest('li.item')
  const list = row.parentElement.cloneNode(false)
  list.append(row.cloneNode(true))
  return document.querySelector('.progress-bar').outerHTML + list.outerHTML
}`

/**
 * Catches the next click on `radio` (the status `status` of item `key`, ticked to done or to
 * learning): its group shows that status as chosen, marked as done by hand, its row as done or
 * not, the plan's bar and its done and in-progress counts move as the status moves, and main
 * is asked to save it, as the app's tick does. Preventing the click leaves the radio as it
 * was, so the app never hears of it.
 */
const TICK_BY_HAND = `({ radio, key, status }) => {
  const input = document.querySelector(radio)
  input.addEventListener('click', (event) => {
    event.preventDefault()
    event.stopImmediatePropagation()
    const label = input.parentElement
    const before = label.parentElement.querySelector('label.checked')
    const from = ['todo', 'learning', 'done', 'skipped'].find((name) => before?.classList.contains(name))
    before?.classList.remove('checked')
    label.classList.add('checked')
    label.dataset.byHand = ''
    input.closest('li.item').classList.toggle('done', status === 'done')
    // The app's own text nodes are changed in place, so its later updates still land.
    const figures = document.querySelector('.progress-bar .figures')
    const texts = [...figures.childNodes].filter((node) => node.nodeType === 3)
    const count = texts.find((node) => node.data.includes(' of '))
    // As the app's counts do: an item leaving "skipped" counts again, one leaving learning is
    // no longer in progress. A count appearing or going (the first or last such item) is not
    // drawn by hand: the tick then fails rather than do less than the app.
    const moves = (name) => (status === name) - (from === name)
    const moved = (node, by) => {
      if (!node) throw new Error('a tick by hand cannot draw a count that appears or goes')
      node.data = node.data.replace(/\\d+/, (n) => String(Number(n) + by))
    }
    const [done, counted] = count.data.match(/\\d+/g).map(Number)
    const nowDone = done + moves('done')
    const nowCounted = counted - moves('skipped')
    count.data = count.data.replace(/\\d+ of \\d+/, nowDone + ' of ' + nowCounted)
    if (moves('learning') !== 0) moved(texts.find((node) => node.data.includes(' in progress')), moves('learning'))
    if (moves('skipped') !== 0) moved(texts.find((node) => node.data.includes('skipped')), moves('skipped'))
    const percent = Math.round((nowDone / nowCounted) * 100)
    figures.querySelector('strong').firstChild.data = percent + '%'
    document.querySelector('.progress-bar progress').value = percent
    // Sent just after the frame that shows the tick, as the app sends its own
    // (lib/soon-after-paint.ts): sending it inside the click would charge the floor for work
    // the app no longer does there.
    requestAnimationFrame(() => setTimeout(() => {
      void window.api.progress.set({ key, status }).then((result) => {
        if (!result.ok) throw new Error('the tick by hand was not saved: ' + result.error.message)
      })
    }, 0))
  }, { capture: true, once: true })
}`

/**
 * Catches the next click on `link`: the address moves to the link's (a history entry, as the
 * app adds one, so Back returns to the list), the header marks Compare as the current place,
 * main is asked for the comparison of `roleIds`, and once it answers, `screen` (the app's own
 * first screen of it) is put in place of the current one, in an element of its own.
 */
const SCREEN_BY_HAND = `({ link, roleIds, screen }) => {
  const anchor = document.querySelector(link)
  anchor.addEventListener('click', (event) => {
    event.preventDefault()
    event.stopImmediatePropagation()
    // pushState fires no hashchange, so the app, which follows the hash, never hears of it.
    history.pushState(null, '', anchor.getAttribute('href'))
    // The bare page (renderer-bare.ts) has no header to mark.
    document.querySelector('nav a[href="#/saved"]')?.removeAttribute('aria-current')
    document.querySelector('nav a[href="#/compare"]')?.setAttribute('aria-current', 'page')
    void window.api.compare.roles({ roleIds }).then((result) => {
      if (!result.ok) throw new Error('the comparison by hand failed: ' + result.error.message)
      const main = document.querySelector('main')
      const shown = main.cloneNode(false)
      shown.id = 'screen-by-hand'
      shown.innerHTML = screen
      main.style.display = 'none'
      main.after(shown)
    })
  }, { capture: true, once: true })
}`

const APP_SCREEN_BACK = `(() => {
  document.getElementById('screen-by-hand').remove()
  document.querySelector('main').style.display = ''
  document.querySelector('nav a[href="#/compare"]').removeAttribute('aria-current')
  document.querySelector('nav a[href="#/saved"]').setAttribute('aria-current', 'page')
})()`

/** The next click on status radio `radio` of item `key` ticks it by hand, to `status`. */
export async function tickByHandOnNextClick(
  page: Page,
  tick: { radio: string; key: string; status: string },
): Promise<void> {
  await page.evaluate(`(${TICK_BY_HAND})(${JSON.stringify(tick)})`)
}

/** The plan's bar and the row of `radio`, as HTML, for the bare page to tick by hand. */
export async function tickedElements(page: Page, radio: string): Promise<string> {
  return page.evaluate(`(${TICKED_ELEMENTS})(${JSON.stringify(radio)})`) as Promise<string>
}

/** The next click on `link` opens the comparison of `roleIds` by hand, showing `screen`. */
export async function openByHandOnNextClick(
  page: Page,
  open: { link: string; roleIds: readonly string[]; screen: string },
): Promise<void> {
  await page.evaluate(`(${SCREEN_BY_HAND})(${JSON.stringify(open)})`)
}

/** Takes away a screen put in place by hand and shows the app's own again. */
export async function showAppScreenAgain(page: Page): Promise<void> {
  await page.evaluate(APP_SCREEN_BACK)
}
