import type { Locator, Page } from 'playwright-core'

/**
 * A role's Compare box in the library. With the whole catalog, cards far down are drawn in
 * full once scrolled to, as a user would scroll to them.
 */
export async function compareBox(page: Page, name: string): Promise<Locator> {
  await page.getByRole('article', { name, exact: true }).scrollIntoViewIfNeeded()
  return page.getByRole('checkbox', { name: `Compare ${name}` })
}
