import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp } from './harness'

const BY_ROLE = resolve(import.meta.dirname, '../fixtures/articles/by-role-worded-headings.txt')

describeInBrowser('importing an article written role by role', () => {
  it('previews and saves every section of both parts, up to the featured jobs', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await page.getByRole('link', { name: 'Import', exact: true }).click()
      await page.getByLabel('Article text').fill(await readFile(BY_ROLE, 'utf8'))
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('heading', { name: 'Preview' }).waitFor()

      const steward = page.getByRole('region', { name: 'Data Steward' })
      const items = (list: string) =>
        steward.getByRole('list', { name: list }).locator(':scope > li')
      expect(await items('Education of Data Steward').count()).toBe(2)
      expect(await items('Tools and software of Data Steward').count()).toBe(4)
      expect(await items('Common industries of Data Steward').count()).toBe(3)
      const tips = await items('Practical tips of Data Steward').allTextContents()
      expect(tips.map((tip) => tip.trim())).toEqual([
        'Start Small: Pick one critical dataset and document it fully.',
        'Find Allies: Work with the teams who suffer most from bad data.',
        'Keep a Decision Log: Record why each definition was chosen.',
      ])

      await page.getByRole('button', { name: 'Confirm and save' }).click()
      await page.getByRole('heading', { name: 'Import saved' }).waitFor()
      const saved = app.container.store.data.roles.find((role) => role.name === 'Data Steward')
      expect(saved?.sections.tools.length).toBe(4)
      expect(saved?.sections.tips.length).toBe(3)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
