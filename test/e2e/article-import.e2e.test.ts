import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations } from './harness'

const JOURNEY = resolve(
  import.meta.dirname,
  '../fixtures/articles/journey-data-manager-vs-analytics-engineer.txt',
)
// Screens to look at after a change to the Import view.
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../out/screenshots')

describeInBrowser('importing an article', () => {
  it('pastes an article, merges one role, saves the other as new, then finds and compares both', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await page.getByRole('link', { name: 'Import', exact: true }).click()
      await page.getByLabel('Article text').fill(await readFile(JOURNEY, 'utf8'))
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('heading', { name: 'Preview' }).waitFor()

      const dataManager = page.getByRole('region', { name: 'Data Manager' })
      const analytics = page.getByRole('region', { name: 'Analytics Engineer' })
      expect(
        await dataManager.getByRole('radio', { name: 'Merge into existing role' }).isChecked(),
      ).toBe(true)
      expect(await dataManager.getByLabel('Role to merge Data Manager into').inputValue()).toBe(
        'data-manager',
      )
      expect(await analytics.getByRole('radio', { name: 'Save as new role' }).isChecked()).toBe(
        true,
      )
      expect(
        await analytics
          .getByRole('list', { name: 'Tools and software of Analytics Engineer' })
          .getByRole('listitem')
          .filter({ hasText: 'Git for version control' })
          .getByRole('list', { name: 'Linked' })
          .textContent(),
      ).toContain('Git')
      expect(
        await page.getByRole('region', { name: 'Shared by both roles' }).textContent(),
      ).toContain('Learn SQL well before anything else')
      expect(await page.getByRole('region', { name: /^Outlook figures/ }).textContent()).toContain(
        'U.S. Bureau of Labor Statistics',
      )
      expect(await page.getByRole('region', { name: /^Warnings/ }).textContent()).toContain(
        'Implausible salary',
      )
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      await page.screenshot({
        path: join(SCREENSHOT_DIR, 'import-preview-light.png'),
        fullPage: true,
      })

      await page.getByRole('button', { name: 'Confirm and save' }).click()
      await page.getByRole('heading', { name: 'Import saved' }).waitFor()
      expect(app.container.store.data.articles.map((article) => article.id)).toEqual([
        'data-manager-vs-analytics-engineer',
      ])

      await page.getByRole('link', { name: 'Compare Data Manager and Analytics Engineer' }).click()
      const table = page.getByRole('table', { name: /compared roles/ })
      await table.waitFor()
      expect(await table.getByRole('columnheader').allTextContents()).toEqual([
        'Data Manager',
        'Analytics Engineer',
      ])

      await page.getByRole('link', { name: 'Library', exact: true }).click()
      await page.getByRole('searchbox').fill('Analytics Engineer')
      const card = page.getByRole('article', { name: 'Analytics Engineer' })
      await card.waitFor()
      expect(await card.textContent()).toContain('Imported')
      await card.getByRole('link', { name: 'Analytics Engineer' }).click()
      await page.getByRole('heading', { level: 1, name: 'Analytics Engineer' }).waitFor()
      const sources = page.getByRole('region', { name: 'Where this comes from' })
      expect(await sources.textContent()).toContain(
        'Data Manager vs Analytics Engineer: A Comprehensive Comparison',
      )
      expect(await sources.textContent()).toContain('imported by you')
      await page
        .getByText('Northwind Data · Remote · Full Time · Mid level · $95,000 – $125,000')
        .waitFor()
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-role-light.png'), fullPage: true })

      await page.goto(page.url().replace(/#.*$/, '#/roles/data-manager'))
      await page.getByRole('heading', { level: 1, name: 'Data Manager' }).waitFor()
      expect(
        await page.getByRole('region', { name: 'Where this comes from' }).textContent(),
      ).toContain('Data Manager vs Analytics Engineer: A Comprehensive Comparison')
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('opens an article file, refuses a binary one, cancels, and undoes a saved import', async () => {
    const app = await launchApp({ colorScheme: 'dark' })
    const { page } = app
    try {
      const rolesBefore = app.container.store.data.roles
      await page.getByRole('link', { name: 'Import', exact: true }).click()

      const binary = join(app.dataDir, 'photo.txt')
      await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]))
      app.openDialogAnswers.push(binary)
      await page.getByRole('button', { name: 'Open file…' }).click()
      await page.getByRole('alert').waitFor()
      expect(await page.getByLabel('Article text').inputValue()).toBe('')

      app.openDialogAnswers.push(JOURNEY)
      await page.getByRole('button', { name: 'Open file…' }).click()
      await expect
        .poll(() => page.getByLabel('Article text').inputValue())
        .toContain('Analytics Engineer Responsibilities')
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('heading', { name: 'Preview' }).waitFor()
      await page.screenshot({
        path: join(SCREENSHOT_DIR, 'import-preview-dark.png'),
      })
      await page.getByRole('button', { name: 'Cancel' }).click()
      await page.getByText('Import cancelled. Nothing was saved.').waitFor()
      expect(app.container.store.data.roles).toBe(rolesBefore)
      expect(app.container.store.data.articles).toEqual([])

      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('button', { name: 'Confirm and save' }).click()
      await page.getByRole('heading', { name: 'Import saved' }).waitFor()
      expect(app.container.store.data.roles.length).toBe(rolesBefore.length + 1)
      await page.getByRole('button', { name: 'Undo import' }).click()
      await page.getByText('Import undone. The library is as it was before.').waitFor()
      expect(app.container.store.data.roles).toEqual(rolesBefore)
      expect(app.container.store.data.articles).toEqual([])
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
