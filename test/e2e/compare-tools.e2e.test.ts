import { afterEach, beforeEach, expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'
// Four O*NET occupations of the catalog: up to 40 tools each, a hundred or so in all.
const FOUR_OCCUPATIONS = [
  'data-scientist',
  'database-administrator',
  'software-developer',
  'web-developer',
]

describeInBrowser('the tools of a comparison of O*NET occupations', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    expect(app.pageErrors).toEqual([])
    await app.close()
  })

  it('shows the hot and in-demand tools first and the rest behind a button that says how many', async () => {
    const { page } = app
    await page.goto(`${APP_URL}#/compare?roles=${FOUR_OCCUPATIONS.join(',')}`)
    const grid = page.getByRole('table', { name: /Skills, tools and industries/ })
    const toolRows = grid.locator('#compare-grid-tools tr:has(th[scope="row"])')
    const heading = grid.getByRole('rowheader', { name: /^Tools \d+/ })
    await heading.waitFor()
    const total = Number((await heading.textContent())?.match(/\d+/)?.[0])
    expect(total).toBeGreaterThan(40)

    const more = page.getByRole('button', { name: `Show ${total - 12} more tools` })
    await more.waitFor()
    expect(await more.getAttribute('aria-expanded')).toBe('false')
    expect(await toolRows.count()).toBe(12)
    // Every tool shown is hot and in demand for one of the roles, and says so in words.
    for (const name of await toolRows.locator('th').allTextContents()) {
      expect(name).toMatch(/hot technology and in demand/)
    }

    // From the keyboard: the button is reached and pressed like any other.
    await more.focus()
    await page.keyboard.press('Enter')
    const fewer = page.getByRole('button', { name: 'Show fewer tools' })
    expect(await fewer.getAttribute('aria-expanded')).toBe('true')
    await expect.poll(() => toolRows.count()).toBe(total)
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    // A different selection keeps the list open.
    await page.getByRole('button', { name: 'Remove Web Developer from the comparison' }).click()
    await expect.poll(() => grid.getByRole('columnheader').count()).toBe(3)
    expect(await fewer.getAttribute('aria-expanded')).toBe('true')
    const left = Number((await heading.textContent())?.match(/\d+/)?.[0])
    await expect.poll(() => toolRows.count()).toBe(left)
  })
})
