import { expect, it } from 'vitest'
import { tickByHandOnNextClick } from '../../scripts/bench/renderer-floors'
import { describeInBrowser } from './e2e-suite'
import { launchApp, type LaunchedApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'
const ITEMS = ['Read the guide', 'Write a query', 'Review it', 'Plot the results', 'Ship it']

/** The plan's progress figures as the screen shows them, spaces collapsed. */
async function figures(app: LaunchedApp): Promise<string> {
  const text = await app.page.locator('.progress-bar .figures').textContent()
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

/** The bar's value, which the floor moves by hand as well. */
async function barValue(app: LaunchedApp): Promise<string | null> {
  return app.page.getByRole('progressbar').getAttribute('value')
}

/** Ticks `label`'s status to `status` as a user does, and waits until the app shows it. */
async function tickInApp(app: LaunchedApp, label: string, status: string): Promise<void> {
  const group = app.page.getByRole('radiogroup', { name: `Status of ${label}` })
  await group.getByText(status, { exact: true }).click()
  await expect.poll(() => group.getByRole('radio', { name: status }).isChecked()).toBe(true)
}

/**
 * Ticks `label` to `status` by hand, as the bench's floor of `renderer.toggle` does: the click
 * is caught before the app hears of it and the screen is changed as the app would change it.
 */
async function tickByHand(app: LaunchedApp, label: string, status: string): Promise<string> {
  const key = await keyOf(app, label)
  const name = `status-${key}`
  const value = status === 'Learning' ? 'learning' : 'done'
  const radio = `input[name=${JSON.stringify(name)}][value="${value}"]`
  await tickByHandOnNextClick(app.page, { radio, key, status: value })
  await app.page.evaluate(`document.querySelector(${JSON.stringify(radio)}).click()`)
  return key
}

/** The progress key of the item `label`, which its status radios are named by. */
async function keyOf(app: LaunchedApp, label: string): Promise<string> {
  const name = await app.page
    .getByRole('radiogroup', { name: `Status of ${label}` })
    .getByRole('radio', { name: 'Done' })
    .getAttribute('name')
  return (name ?? '').slice('status-'.length)
}

/** The status main has saved for `key`. */
function savedStatus(app: LaunchedApp, key: string): string | undefined {
  return app.container.store.data.progress.find((record) => record.key === key)?.status
}

describeInBrowser('the bench’s tick by hand', () => {
  it('shows the counts and bar the app shows for the same ticks, once main has saved them', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await page.goto(`${APP_URL}#/plans`)
      await page.getByRole('button', { name: 'Start an empty plan' }).click()
      const field = page.getByRole('textbox', { name: 'Add your own item' })
      for (const label of ITEMS) {
        await field.fill(label)
        await field.press('Enter')
        await page.getByText(label, { exact: true }).waitFor()
      }
      // Two in progress and two skipped, so a tick by hand leaving either keeps its count shown.
      await tickInApp(app, 'Read the guide', 'Learning')
      await tickInApp(app, 'Write a query', 'Learning')
      await tickInApp(app, 'Review it', 'Skip')
      await tickInApp(app, 'Plot the results', 'Skip')
      expect(await figures(app)).toBe('0% 0 of 3 done, 2 in progress, 2 skipped')

      // Leaving learning, leaving skipped (it counts again), from to do, and back to learning.
      const guide = await tickByHand(app, 'Read the guide', 'Done')
      const review = await tickByHand(app, 'Review it', 'Done')
      const ship = await tickByHand(app, 'Ship it', 'Done')
      await tickByHand(app, 'Review it', 'Learning')
      const byHand = { figures: await figures(app), bar: await barValue(app) }
      expect(byHand.figures).toBe('50% 2 of 4 done, 2 in progress, 1 skipped')

      // What main saved, drawn by the app itself once every save sent by the ticks by hand
      // (just after their paint, as the app sends its own) has landed: a page loaded again
      // before that would drop the ones not sent yet.
      const query = await keyOf(app, 'Write a query')
      const plot = await keyOf(app, 'Plot the results')
      await expect
        .poll(() => [guide, query, review, plot, ship].map((key) => savedStatus(app, key)))
        .toEqual(['done', 'learning', 'learning', 'skipped', 'done'])
      await page.reload()
      await expect.poll(() => figures(app)).toBe(byHand.figures)
      expect(await barValue(app)).toBe(byHand.bar)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
