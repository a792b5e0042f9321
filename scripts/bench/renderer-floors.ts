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
 * Catches the next click on `radio` (the status `status` of item `key`): its group shows that
 * status as chosen and its row as done or not, and main is asked to save it, as the app's tick
 * does. Preventing the click leaves the radio itself as it was, so the app never hears of it.
 */
const TICK_BY_HAND = `({ radio, key, status }) => {
  const input = document.querySelector(radio)
  input.addEventListener('click', (event) => {
    event.preventDefault()
    event.stopImmediatePropagation()
    const label = input.parentElement
    label.parentElement.querySelector('label.checked')?.classList.remove('checked')
    label.classList.add('checked')
    input.closest('li.item').classList.toggle('done', status === 'done')
    void window.api.progress.set({ key, status })
  }, { capture: true, once: true })
}`

/**
 * Catches the next click on `link`: main is asked for the comparison of `roleIds`, and once it
 * answers, `screen` (the app's own first screen of it) is put in place of the current one.
 */
const SCREEN_BY_HAND = `({ link, roleIds, screen }) => {
  document.querySelector(link).addEventListener('click', (event) => {
    event.preventDefault()
    event.stopImmediatePropagation()
    void window.api.compare.roles({ roleIds }).then(() => {
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
  document.getElementById('screen-by-hand')?.remove()
  document.querySelector('main').style.display = ''
})()`

/** The next click on status radio `radio` of item `key` ticks it by hand, to `status`. */
export async function tickByHandOnNextClick(
  page: Page,
  tick: { radio: string; key: string; status: string },
): Promise<void> {
  await page.evaluate(`(${TICK_BY_HAND})(${JSON.stringify(tick)})`)
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
