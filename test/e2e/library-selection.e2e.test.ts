import { afterEach, beforeEach, expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { compareBox } from './library-cards'
import { launchApp, type LaunchedApp } from './harness'

describeInBrowser('the library’s Compare selection', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    expect(app.pageErrors).toEqual([])
    await app.close()
  })

  const bar = () => app.page.getByRole('region', { name: 'Roles to compare' })

  it('survives opening a role, the Compare tab and a search, and comes back as it was', async () => {
    const { page } = app
    await (await compareBox(page, 'Data Manager')).check()
    await (await compareBox(page, 'AI Programmer')).check()
    await bar().getByText('Data Manager, AI Programmer').waitFor()

    await page.getByRole('link', { name: 'Machine Learning Engineer', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Machine Learning Engineer' }).waitFor()
    await page.goBack()
    await bar().getByText('Data Manager, AI Programmer').waitFor()
    expect(await (await compareBox(page, 'Data Manager')).isChecked()).toBe(true)

    // The Compare tab, opened empty, offers the picks; leaving it keeps them.
    await page.getByRole('link', { name: 'Compare', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Compare roles' }).waitFor()
    await page.getByText('You picked Data Manager, AI Programmer in the library.').waitFor()
    await page.getByRole('link', { name: 'Library', exact: true }).click()
    await bar().getByText('Data Manager, AI Programmer').waitFor()

    // A search that leaves the picked roles out of the list still names them.
    await page.getByRole('searchbox').fill('erwin')
    await expect.poll(() => page.url()).toContain('q=erwin')
    await page
      .getByRole('checkbox', { name: 'Compare AI Programmer' })
      .waitFor({ state: 'detached' })
    expect(await bar().textContent()).toContain('Data Manager, AI Programmer')

    await bar().getByRole('link', { name: 'Compare 2 roles' }).click()
    await page.getByRole('table', { name: /compared roles/ }).waitFor()
    expect(
      await page
        .getByRole('table', { name: /compared roles/ })
        .getByRole('columnheader')
        .allTextContents(),
    ).toEqual(['Data Manager', 'AI Programmer'])
    await page.goBack()
    await bar().getByRole('button', { name: 'Clear selection' }).click()
    await bar().waitFor({ state: 'detached' })

    // Picked again, and compared from the Compare tab.
    await page.getByRole('searchbox').fill('')
    await (await compareBox(page, 'AI Programmer')).check()
    await (await compareBox(page, 'Data Manager')).check()
    await page.getByRole('link', { name: 'Compare', exact: true }).click()
    await page.getByRole('button', { name: 'Compare the 2 roles picked in the library' }).click()
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /compared roles/ })
          .getByRole('columnheader')
          .allTextContents(),
      )
      .toEqual(['AI Programmer', 'Data Manager'])
    await page.getByRole('link', { name: 'Library', exact: true }).click()
    await bar().getByRole('button', { name: 'Clear selection' }).click()
    await bar().waitFor({ state: 'detached' })
  })
})
