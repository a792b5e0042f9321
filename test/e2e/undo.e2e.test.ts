import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, type LaunchedApp } from './harness'

// Every Undo in a notification must still work after the user has moved to another screen:
// the screen that offered it is gone by then, and the screen now open shows what came back.

const APP_URL = 'http://role-atlas.test/index.html'
const ARTICLE = resolve(
  import.meta.dirname,
  '../fixtures/articles/journey-data-manager-vs-analytics-engineer.txt',
)

function notifications(app: LaunchedApp) {
  return app.page.getByRole('status', { name: 'Notifications' })
}

async function undoFromNotification(app: LaunchedApp, message: RegExp): Promise<void> {
  const region = notifications(app)
  await region.getByText(message).waitFor()
  await region.getByRole('button', { name: 'Undo' }).click()
}

async function makePlanFor(app: LaunchedApp, roleName: string): Promise<void> {
  const { page } = app
  await page.goto(`${APP_URL}#/plans`)
  await page.getByRole('combobox', { name: 'For a role' }).selectOption({ label: roleName })
  await page.getByRole('button', { name: 'Create plan' }).click()
  await page.getByRole('heading', { level: 1, name: new RegExp(roleName) }).waitFor()
}

function pythonStatus(app: LaunchedApp) {
  return app.page.getByRole('radiogroup', { name: 'Status of Python' })
}

async function openPlans(app: LaunchedApp): Promise<void> {
  await app.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Plans', exact: true })
    .click()
  await app.page.getByRole('heading', { level: 1, name: 'Learning plans' }).waitFor()
}

describeInBrowser('undo after the route has moved on', () => {
  it('brings back a deleted plan into the plan list now on screen', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await makePlanFor(app, 'Data Manager')
      await page.getByRole('button', { name: 'Delete' }).click()
      await page.getByText('No plans yet').waitFor()
      await undoFromNotification(app, /^Deleted “.*Data Manager.*”\.$/)
      const list = page.getByRole('list', { name: 'Plans' })
      await list.getByRole('link', { name: /Data Manager/ }).waitFor()
      await notifications(app)
        .getByText(/^Brought back “.*Data Manager.*”/)
        .waitFor()
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('keeps an older undo reachable behind the newest notification', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      for (const role of ['Data Manager', 'AI Programmer']) {
        await makePlanFor(app, role)
        await page.getByRole('button', { name: 'Delete' }).click()
        await page.getByText('No plans yet').waitFor()
      }
      await page.getByRole('link', { name: 'Library', exact: true }).click()
      const region = notifications(app)
      // One notification shows, not a stack: the newest, with the older one behind "1 more".
      expect(await region.getByRole('button', { name: 'Undo' }).count()).toBe(1)
      await region.getByText(/^Deleted “.*AI Programmer.*”\.$/).waitFor()
      await region.getByRole('button', { name: '1 more' }).click()
      await region
        .getByRole('list', { name: 'Earlier notifications' })
        .getByRole('button', { name: 'Undo' })
        .click()
      await openPlans(app)
      const list = page.getByRole('list', { name: 'Plans' })
      await list.getByRole('link', { name: /Data Manager/ }).waitFor()
      expect(await list.getByRole('article').count()).toBe(1)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('puts a removed item back and undoes a reset from another screen', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await makePlanFor(app, 'AI Programmer')
      await pythonStatus(app).getByRole('radio', { name: 'Done' }).check()
      await expect
        .poll(() => pythonStatus(app).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)

      await page.getByRole('button', { name: 'Reset progress' }).click()
      await expect
        .poll(() => pythonStatus(app).getByRole('radio', { name: 'To do' }).isChecked())
        .toBe(true)
      await openPlans(app)
      const progress = page.getByRole('list', { name: 'Plans' }).getByText(/^\s*0%/)
      await progress.waitFor()
      await undoFromNotification(app, /^Progress reset\.$/)
      // The plan list on screen shows the progress the undo brought back.
      await page
        .getByRole('list', { name: 'Plans' })
        .getByText(/1 of \d+ done/)
        .waitFor()

      await page.getByRole('list', { name: 'Plans' }).getByRole('link').first().click()
      await page.getByRole('button', { name: 'Remove Python' }).click()
      await expect.poll(() => pythonStatus(app).count()).toBe(0)
      await page.getByRole('link', { name: 'Library', exact: true }).click()
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await undoFromNotification(app, /^Removed “Python”/)
      await notifications(app).getByText('Put “Python” back.').waitFor()
      await openPlans(app)
      await page.getByRole('list', { name: 'Plans' }).getByRole('link').first().click()
      await expect
        .poll(() => pythonStatus(app).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('brings back a deleted comparison after moving to the library', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await page.goto(`${APP_URL}#/compare?roles=data-manager,ai-programmer`)
      await page.getByRole('button', { name: 'Save comparison' }).click()
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      await notifications(app)
        .getByText(/^Saved “/)
        .waitFor()
      await page.goto(`${APP_URL}#/saved`)
      const saved = page.getByRole('list', { name: 'Saved comparisons' })
      await saved.getByRole('article').first().waitFor()
      await saved.getByRole('button', { name: /^Delete / }).click()
      await page.getByText('Nothing saved yet').waitFor()
      await page.getByRole('link', { name: 'Library', exact: true }).click()
      await undoFromNotification(app, /^Deleted “/)
      await notifications(app)
        .getByText(/^Brought back “/)
        .waitFor()
      await page.goto(`${APP_URL}#/saved`)
      await saved.getByRole('article').first().waitFor()
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('undoes an article import from the library it added roles to', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await page.goto(`${APP_URL}#/import`)
      await page.getByLabel('Article text').fill(await readFile(ARTICLE, 'utf8'))
      await page.getByRole('button', { name: 'Preview' }).click()
      await page.getByRole('button', { name: 'Confirm and save' }).click()
      await page.getByRole('heading', { name: 'Import saved' }).waitFor()
      await page.getByRole('link', { name: 'Library', exact: true }).click()
      const roles = page.getByRole('list', { name: 'Roles' })
      // Far down a long library a card is drawn by name only; its article is there either way.
      await roles.getByRole('article', { name: 'Analytics Engineer' }).waitFor()
      await undoFromNotification(app, /^Imported “/)
      await notifications(app)
        .getByText('Import undone. The library is as it was before.')
        .waitFor()
      await expect
        .poll(() => roles.getByRole('article', { name: 'Analytics Engineer' }).count())
        .toBe(0)
      expect(app.container.store.data.articles).toEqual([])
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('undoes a data import and a backup restore from another screen', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      // A file with no plan in it, to replace the data that has one.
      await page.getByRole('link', { name: 'Your data' }).click()
      await page.getByRole('button', { name: 'Export all data…' }).click()
      await page.getByText(/^Saved nothing yet to .*\.json\.$/).waitFor()
      const exportsDir = join(app.dataDir, 'exports')
      const [exported] = await readdir(exportsDir)
      if (!exported) throw new Error('nothing was exported')
      await makePlanFor(app, 'AI Programmer')

      await page.getByRole('link', { name: 'Your data' }).click()
      app.openDialogAnswers.push(join(exportsDir, exported))
      await page.getByRole('button', { name: 'Import from file…' }).click()
      await page.getByRole('button', { name: 'Replace my data…' }).click()
      await page.getByRole('button', { name: 'Replace my data', exact: true }).click()
      await notifications(app).getByText('Your data was replaced.').waitFor()
      await openPlans(app)
      await page.getByText('No plans yet').waitFor()
      await undoFromNotification(app, /^Your data was replaced\.$/)
      await page.getByRole('list', { name: 'Plans' }).getByRole('link').first().waitFor()
      await notifications(app).getByText('Your data is back as it was before the import.').waitFor()

      // The newest backup was taken just before the undo: the replaced data, with no plan.
      await page.getByRole('link', { name: 'Your data' }).click()
      await page
        .getByRole('button', { name: /^Restore the backup of / })
        .first()
        .click()
      await page.getByRole('button', { name: 'Restore this backup' }).click()
      await notifications(app)
        .getByText(/^Restored the backup of /)
        .waitFor()
      await openPlans(app)
      await page.getByText('No plans yet').waitFor()
      await undoFromNotification(app, /^Restored the backup of /)
      await page.getByRole('list', { name: 'Plans' }).getByRole('link').first().waitFor()
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
