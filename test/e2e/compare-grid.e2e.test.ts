import { afterEach, beforeEach, expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { compareBox } from './library-cards'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'
const FOUR_ROLES = [
  'ai-programmer',
  'data-manager',
  'machine-learning-engineer',
  'data-operations-specialist',
]
const FOUR_NAMES = [
  'AI Programmer',
  'Data Manager',
  'Machine Learning Engineer',
  'Data Operations Specialist',
]

describeInBrowser('the comparison grid', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    expect(app.pageErrors).toEqual([])
    await app.close()
  })

  const grid = () => app.page.getByRole('table', { name: /Skills, tools and industries/ })
  const entityRows = () => grid().locator('tbody tr:has(th[scope="row"])')

  it('opens three roles picked in the library as a grid: a mark per role, shared status in words', async () => {
    const { page } = app
    for (const name of ['AI Programmer', 'Data Manager', 'Machine Learning Engineer']) {
      await (await compareBox(page, name)).check()
    }
    await page.getByRole('link', { name: 'Compare 3 roles' }).click()
    await grid().waitFor()
    expect(await grid().getByRole('columnheader').allTextContents()).toEqual([
      'AI Programmer',
      'Data Manager',
      'Machine Learning Engineer',
    ])
    expect(await grid().getByRole('rowheader').first().textContent()).toMatch(/Skills/)
    // Each entity row names its share in words, and each cell says Yes or No, not colour alone.
    const rowOf = (name: string | RegExp) =>
      grid()
        .locator('tr', { has: page.getByRole('rowheader', { name }) })
        .first()
    const shared = rowOf('Computer science (shared by all)')
    // What a screen reader hears in each cell, without the drawn mark.
    const said = async (row: typeof shared) =>
      (await row.getByRole('cell').allTextContents()).map((text) => text.replace(/[●–\s]/g, ''))
    expect(await said(shared)).toEqual(['Yes', 'Yes', 'Yes'])
    const only = rowOf(/\(only this role\)/)
    const marks = await said(only)
    expect(marks.filter((mark) => mark === 'Yes')).toHaveLength(1)
    expect(marks.filter((mark) => mark === 'No')).toHaveLength(2)
    // The full text is one click away.
    expect(await page.getByRole('radio', { name: 'Grid' }).isChecked()).toBe(true)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
  })

  it('shortens the grid to what differs, keeps the role names in view, and uses a wide window', async () => {
    const { page } = app
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto(`${APP_URL}#/compare?roles=${FOUR_ROLES.join(',')}`)
    await grid().waitFor()
    await expect.poll(() => entityRows().count()).toBeGreaterThan(40)
    const all = await entityRows().count()
    const sharedByAll = await grid()
      .getByRole('rowheader', { name: /\(shared by all\)/ })
      .count()
    expect(sharedByAll).toBeGreaterThan(0)

    await page.getByRole('switch', { name: 'Differences only' }).check()
    await expect.poll(() => entityRows().count()).toBe(all - sharedByAll)
    expect(
      await grid()
        .getByRole('rowheader', { name: /\(shared by all\)/ })
        .count(),
    ).toBe(0)

    // Wider than the old 1,250 px column.
    expect((await grid().boundingBox())?.width).toBeGreaterThan(1500)

    // Scrolled well down the page, the role names are still at the top of the window.
    await page.setViewportSize({ width: 1280, height: 600 })
    await page.getByRole('switch', { name: 'Differences only' }).uncheck()
    await entityRows().last().scrollIntoViewIfNeeded()
    expect((await page.evaluate('window.scrollY')) as number).toBeGreaterThan(600)
    const header = grid().getByRole('columnheader', { name: 'Data Manager' })
    const box = await header.boundingBox()
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0)
    expect(box?.y ?? 999).toBeLessThan(10)
  })

  it('switches to the full text and back by keyboard, remembering the choice in the link', async () => {
    const { page } = app
    await page.goto(`${APP_URL}#/compare?roles=${FOUR_ROLES.join(',')}`)
    await grid().waitFor()
    await page.getByRole('radio', { name: 'Grid' }).focus()
    await page.keyboard.press('ArrowRight')
    const text = page.getByRole('table', { name: /one row per section/ })
    await text.waitFor()
    expect(await grid().count()).toBe(0)
    await expect.poll(() => page.url()).toContain('view=text')
    expect(await page.getByRole('radio', { name: 'Full text' }).isChecked()).toBe(true)
    // The role names stick in the full text too.
    await page.getByRole('rowheader', { name: 'Practical tips' }).scrollIntoViewIfNeeded()
    const box = await text.getByRole('columnheader', { name: 'AI Programmer' }).boundingBox()
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0)
    expect(box?.y ?? 999).toBeLessThan(10)

    // Moving a column keeps the view chosen; so does coming back to the link.
    await page.getByRole('button', { name: 'Move AI Programmer right' }).click()
    await expect
      .poll(() => text.getByRole('columnheader').allTextContents())
      .toEqual([FOUR_NAMES[1], FOUR_NAMES[0], FOUR_NAMES[2], FOUR_NAMES[3]])
    expect(page.url()).toContain('view=text')
    await page.getByRole('link', { name: 'Library', exact: true }).click()
    await page.goBack()
    await text.waitFor()

    await page.getByRole('radio', { name: 'Full text' }).focus()
    await page.keyboard.press('ArrowLeft')
    await grid().waitFor()
    expect(page.url()).toContain('view=grid')
  })

  it('opens two roles in the full text, with the grid one click away', async () => {
    const { page } = app
    await page.goto(`${APP_URL}#/compare?roles=ai-programmer,data-manager`)
    await page.getByRole('table', { name: /one row per section/ }).waitFor()
    await page.getByRole('radio', { name: 'Grid' }).check()
    await grid().waitFor()
    expect(await grid().getByRole('columnheader').allTextContents()).toEqual([
      'AI Programmer',
      'Data Manager',
    ])
  })
})
