import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { openStaticPage, staticCopyOf } from '../../scripts/bench/renderer-static'
import { describeInBrowser } from './e2e-suite'
import { launchApp } from './harness'

/** The role names a page lists, in order. */
async function listedRoles(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('list', { name: 'Roles' })
    .getByRole('heading', { level: 3 })
    .allTextContents()
  return names.map((name) => name.trim())
}

describeInBrowser('the bench’s library saved as a page', () => {
  it('shows the library the app shows, where the app shows it, with none of its script', async () => {
    const app = await launchApp()
    try {
      await expect.poll(async () => (await listedRoles(app.page)).length).toBeGreaterThan(40)
      const origin = 'http://library-copy.test'
      const copy = await openStaticPage(app, origin, await staticCopyOf(app))
      await copy.goto(`${origin}/`)

      // The same cards, in the same order and the same place: the floor paints what the app paints.
      expect(await listedRoles(copy)).toEqual(await listedRoles(app.page))
      const first = (page: Page) =>
        page.getByRole('list', { name: 'Roles' }).getByRole('article').first().boundingBox()
      expect(await first(copy)).toEqual(await first(app.page))
      // Nothing of the app runs there: what the app takes past it is its own work.
      expect(await copy.locator('script').count()).toBe(0)
      expect(await copy.evaluate('typeof window.api')).toBe('undefined')
      await copy.close()
    } finally {
      await app.close()
    }
  })
})
