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

async function openYourData(app: LaunchedApp): Promise<void> {
  await app.page.getByRole('link', { name: 'Your data', exact: true }).click()
  await app.page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor()
}

function builtInDataManager(app: LaunchedApp) {
  return app.container.store.data.roles.find((role) => role.id === 'data-manager')
}

describeInBrowser('exporting what was merged into a built-in role', () => {
  it('brings the merged items, their source and the aliases back in a fresh profile', async () => {
    const first = await launchApp()
    let exportPath: string | undefined
    let before: unknown
    try {
      const { page } = first
      await page.getByRole('link', { name: 'Import', exact: true }).click()
      await page.getByLabel('Article text').fill(await readFile(JOURNEY, 'utf8'))
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('button', { name: 'Confirm and save' }).click()
      await page.getByRole('heading', { name: 'Import saved' }).waitFor()
      before = builtInDataManager(first)

      await openYourData(first)
      await page.getByRole('button', { name: 'Export all data…' }).click()
      const saved = page.getByText(/^Saved \d.* to .*\.json\.$/)
      await saved.waitFor()
      exportPath = /to (\/.*\.json)\.$/.exec((await saved.textContent()) ?? '')?.[1] ?? ''
    } finally {
      await first.close()
    }

    if (!exportPath) throw new Error('nothing was exported')
    const second = await launchApp()
    try {
      const { page } = second
      expect(builtInDataManager(second)).not.toEqual(before)
      await openYourData(second)
      second.openDialogAnswers.push(exportPath)
      await page.getByRole('button', { name: 'Import from file…' }).click()
      await page.getByRole('region', { name: /^Role Atlas data / }).waitFor()
      await page.getByRole('button', { name: 'Merge into my data' }).click()
      await page.getByText(/^Merged: \d+ added, 0 updated\./).waitFor()
      expect(builtInDataManager(second)).toEqual(before)

      await page.goto(page.url().replace(/#.*$/, '#/roles/data-manager'))
      await page.getByRole('heading', { level: 1, name: 'Data Manager' }).waitFor()
      expect(
        await page.getByRole('region', { name: 'Where this comes from' }).textContent(),
      ).toContain(TITLE)
      expect(second.pageErrors).toEqual([])
    } finally {
      await second.close()
    }
  })
})
