import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'

function pythonStatus(app: LaunchedApp) {
  return app.page.getByRole('radiogroup', { name: 'Status of Python' })
}

async function openYourData(app: LaunchedApp): Promise<void> {
  await app.page.getByRole('link', { name: 'Your data' }).click()
  await app.page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor()
}

describeInBrowser('your data: export, import and backups', () => {
  it('exports everything, imports it into a fresh profile, and restores a backup in two clicks', async () => {
    const first = await launchApp()
    let exportPath: string | undefined
    try {
      const { page } = first
      await page.goto(`${APP_URL}#/plans`)
      await page
        .getByRole('combobox', { name: 'For a role' })
        .selectOption({ label: 'AI Programmer' })
      await page.getByRole('button', { name: 'Create plan' }).click()
      await page.getByRole('heading', { level: 1, name: /AI Programmer/ }).waitFor()
      await pythonStatus(first).getByRole('radio', { name: 'Done' }).check()
      await expect
        .poll(() => pythonStatus(first).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)

      await page.getByRole('button', { name: 'Export…' }).click()
      await page.getByRole('button', { name: 'Spreadsheet (.csv)' }).click()
      await page.getByText(/^Saved to .*\.csv\.$/).waitFor()

      await openYourData(first)
      await page.getByRole('button', { name: 'Export all data…' }).click()
      const saved = page.getByText(/^Saved \d.* to .*\.json\.$/)
      await saved.waitFor()
      exportPath = /to (\/.*\.json)\.$/.exec((await saved.textContent()) ?? '')?.[1] ?? ''
      expect(exportPath).toContain(join(first.dataDir, 'exports'))
      const exported = JSON.parse(await readFile(exportPath, 'utf8'))
      expect(exported).toMatchObject({ format: 'role-atlas-export', schemaVersion: 5 })
      expect(exported.data.plans).toHaveLength(1)
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      expect(first.pageErrors).toEqual([])
    } finally {
      await first.close()
    }

    if (!exportPath) throw new Error('nothing was exported')
    const second = await launchApp()
    try {
      const { page } = second
      await openYourData(second)
      const backups = page.getByRole('list', { name: 'Backups' })
      await backups.getByRole('listitem').first().waitFor()
      expect(await backups.getByRole('listitem').count()).toBe(1)

      second.openDialogAnswers.push(exportPath)
      await page.getByRole('button', { name: 'Import from file…' }).click()
      const preview = page.getByRole('region', { name: /^Role Atlas data / })
      await preview.waitFor()
      const plansRow = preview.getByRole('row', { name: /^Plans/ })
      expect(await plansRow.getByRole('cell').allTextContents()).toEqual(['1', '1', '0', '0', '0'])
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Merge into my data' }).click()
      await page.getByText(/^Merged: \d+ added, 0 updated\./).waitFor()
      await expect.poll(() => backups.getByRole('listitem').count()).toBe(2)
      await backups.getByText('Before an import').waitFor()

      await page.getByRole('link', { name: 'Plans', exact: true }).click()
      const plans = page.getByRole('list', { name: 'Plans' })
      await plans.getByRole('link', { name: /AI Programmer/ }).click()
      await expect
        .poll(() => pythonStatus(second).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)

      await openYourData(second)
      await page
        .getByRole('button', { name: /^Restore the backup of / })
        .first()
        .click()
      await page.getByRole('button', { name: 'Restore this backup' }).click()
      await page
        .getByRole('status', { name: 'Notifications' })
        .getByText(/^Restored the backup of /)
        .waitFor()
      await page.getByRole('link', { name: 'Plans', exact: true }).click()
      await page.getByText('No plans yet').waitFor()

      await openYourData(second)
      await page.getByRole('button', { name: 'Open data folder' }).click()
      await expect.poll(() => second.openedFolders).toEqual([second.dataDir])
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      expect(second.pageErrors).toEqual([])
    } finally {
      await second.close()
    }
  })
})
