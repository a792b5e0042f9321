import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, type LaunchedApp } from './harness'

const JOURNEY = resolve(
  import.meta.dirname,
  '../fixtures/articles/journey-data-manager-vs-analytics-engineer.txt',
)
const TITLE = 'Data Manager vs Analytics Engineer: A Comprehensive Comparison'

function role(app: LaunchedApp, id: string) {
  return app.container.store.data.roles.find((candidate) => candidate.id === id)
}

describeInBrowser('managing imports after the moment to undo them', () => {
  it('renames and deletes an imported role and removes an article, each with undo', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      const builtInBefore = role(app, 'data-manager')
      await page.getByRole('link', { name: 'Import', exact: true }).click()
      await page.getByLabel('Article text').fill(await readFile(JOURNEY, 'utf8'))
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('button', { name: 'Confirm and save' }).click()
      await page.getByRole('heading', { name: 'Import saved' }).waitFor()
      await page.getByRole('button', { name: 'Import another article' }).click()

      const panel = page.getByRole('region', { name: 'Your imports' })
      await panel.getByRole('list', { name: 'Imported articles' }).getByText(TITLE).waitFor()
      const undo = page.getByRole('button', { name: 'Undo' })

      await panel.getByRole('button', { name: 'Rename Analytics Engineer' }).click()
      await panel.getByLabel('New name for Analytics Engineer').fill('Analytics Lead')
      await panel.getByRole('button', { name: 'Rename', exact: true }).click()
      await expect.poll(() => role(app, 'analytics-engineer')?.name).toBe('Analytics Lead')
      await undo.click()
      await expect.poll(() => role(app, 'analytics-engineer')?.name).toBe('Analytics Engineer')

      await panel.getByRole('button', { name: 'Delete Analytics Engineer' }).click()
      const confirm = page.getByRole('alertdialog', { name: 'Delete “Analytics Engineer”?' })
      expect(await confirm.textContent()).toContain('No plan was made from it.')
      await confirm.getByRole('button', { name: 'Delete role' }).click()
      await expect.poll(() => role(app, 'analytics-engineer')).toBeUndefined()
      await undo.click()
      await expect.poll(() => role(app, 'analytics-engineer')?.name).toBe('Analytics Engineer')

      await panel.getByRole('button', { name: `Remove ${TITLE}` }).click()
      await page.getByRole('button', { name: 'Remove article' }).click()
      await expect.poll(() => role(app, 'data-manager')).toEqual(builtInBefore)
      expect(app.container.store.data.articles).toEqual([])
      await undo.click()
      await expect.poll(() => app.container.store.data.articles.length).toBe(1)
      expect(role(app, 'data-manager')).not.toEqual(builtInBefore)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
