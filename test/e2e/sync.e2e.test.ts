import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'

/** Turns sync on through the Sync section, answering the folder dialog with `folder`. */
async function turnOnSync(app: LaunchedApp, folder: string, name: string): Promise<void> {
  const { page } = app
  await page.goto(`${APP_URL}#/data`)
  app.openDialogAnswers.push(folder)
  await page.getByRole('button', { name: 'Choose sync folder…' }).click()
  await page.getByText(folder, { exact: true }).waitFor()
  const nameField = page.getByLabel("This computer's name")
  await nameField.fill(name)
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect.poll(() => page.getByRole('button', { name: 'Save name' }).isDisabled()).toBe(true)
}

/** What the 45-second timer does: the app reads the folder and writes its changes, now. */
async function syncNow(app: LaunchedApp): Promise<void> {
  // A string, as the page's `window` is not this file's.
  await app.page.evaluate('window.api.sync.now()')
}

/**
 * What the 45-second timer does, done now: the app reads the folder and writes its changes.
 * Then `hash` is opened afresh, as the app shows changes from another computer.
 */
async function syncThenOpen(app: LaunchedApp, hash: string): Promise<void> {
  await syncNow(app)
  await app.page.goto(`${APP_URL}${hash}`)
  await app.page.reload()
}

function pythonStatus(app: LaunchedApp) {
  return app.page.getByRole('radiogroup', { name: 'Status of Python' })
}

/**
 * Python's status as main has saved it. The screen shows a tick at once and sends it to main
 * just after that paint, so a sync started by script in the same moment may not carry it yet.
 */
function pythonSaved(app: LaunchedApp): string | undefined {
  return app.container.store.data.progress.find((record) => record.key === 'skill:python')?.status
}

describeInBrowser('two computers syncing through one folder', () => {
  it('shares ticks and deletes, keeps edits made apart, and keeps everything over a restart', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'role-atlas-sync-folder-'))
    let laptop = await launchApp()
    const desktop = await launchApp()
    try {
      await turnOnSync(laptop, folder, 'Laptop')
      await turnOnSync(desktop, folder, 'Desktop')

      // A plan and a tick on the laptop appear on the desktop.
      const { page } = laptop
      await page.goto(`${APP_URL}#/plans`)
      await page
        .getByRole('combobox', { name: 'For a role' })
        .selectOption({ label: 'AI Programmer' })
      await page.getByRole('button', { name: 'Create plan' }).click()
      await page.getByRole('heading', { level: 1, name: /AI Programmer/ }).waitFor()
      const planHash = new URL(page.url()).hash
      await pythonStatus(laptop).getByRole('radio', { name: 'Done' }).check()
      await expect
        .poll(() => pythonStatus(laptop).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)
      await expect.poll(() => pythonSaved(laptop)).toBe('done')
      await syncThenOpen(laptop, planHash)
      await syncThenOpen(desktop, planHash)
      await desktop.page.getByRole('heading', { level: 1, name: /AI Programmer/ }).waitFor()
      expect(await pythonStatus(desktop).getByRole('radio', { name: 'Done' }).isChecked()).toBe(
        true,
      )

      // The desktop deletes the plan: it goes on the laptop, and comes back with undo.
      await desktop.page.getByRole('button', { name: 'Delete' }).click()
      const undo = desktop.page
        .getByRole('status', { name: 'Notifications' })
        .getByRole('button', { name: 'Undo' })
      await undo.waitFor()
      await syncNow(desktop)
      await syncThenOpen(laptop, '#/plans')
      await laptop.page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor()
      await expect
        .poll(() => laptop.page.getByRole('link', { name: /AI Programmer/ }).count())
        .toBe(0)
      await undo.click()
      // The undo is done once the plan is listed again here; then it is shared.
      await expect
        .poll(() =>
          desktop.page.evaluate(
            'window.api.plans.list({ includeArchived: false }).then((r) => r.value.length)',
          ),
        )
        .toBe(1)
      await syncThenOpen(desktop, '#/plans')
      await desktop.page
        .getByRole('link', { name: /AI Programmer/ })
        .first()
        .waitFor()
      await syncThenOpen(laptop, '#/plans')
      await laptop.page
        .getByRole('link', { name: /AI Programmer/ })
        .first()
        .waitFor()

      // Apart ("offline"): a rename on the laptop, a different status on the desktop.
      await laptop.page.goto(`${APP_URL}${planHash}`)
      await laptop.page.getByRole('button', { name: 'Rename' }).click()
      await laptop.page.getByLabel('Title').fill('My way into AI')
      await laptop.page.getByRole('button', { name: 'Save', exact: true }).click()
      await laptop.page.getByRole('heading', { level: 1, name: 'My way into AI' }).waitFor()
      await desktop.page.goto(`${APP_URL}${planHash}`)
      await pythonStatus(desktop).getByRole('radio', { name: 'Learning' }).check()
      await expect
        .poll(() => pythonStatus(desktop).getByRole('radio', { name: 'Learning' }).isChecked())
        .toBe(true)
      await expect.poll(() => pythonSaved(desktop)).toBe('learning')
      await syncThenOpen(laptop, planHash)
      await syncThenOpen(desktop, planHash)
      await syncThenOpen(laptop, planHash)
      for (const app of [laptop, desktop]) {
        await app.page.getByRole('heading', { level: 1, name: 'My way into AI' }).waitFor()
        expect(await pythonStatus(app).getByRole('radio', { name: 'Learning' }).isChecked()).toBe(
          true,
        )
      }

      // The Sync section lists both computers.
      await desktop.page.goto(`${APP_URL}#/data`)
      const computers = desktop.page.getByRole('table', {
        name: 'Computers syncing through this folder',
      })
      await computers.getByRole('rowheader', { name: /Laptop/ }).waitFor()
      expect(await seriousAccessibilityViolations(desktop.page)).toEqual([])

      // A restart keeps the data and the sync settings.
      const dataDir = laptop.dataDir
      await laptop.close()
      laptop = await launchApp({ dataDir })
      await laptop.page.goto(`${APP_URL}${planHash}`)
      await laptop.page.getByRole('heading', { level: 1, name: 'My way into AI' }).waitFor()
      expect(await pythonStatus(laptop).getByRole('radio', { name: 'Learning' }).isChecked()).toBe(
        true,
      )
      await laptop.page.goto(`${APP_URL}#/data`)
      await laptop.page.getByText(folder, { exact: true }).waitFor()
      expect(laptop.pageErrors).toEqual([])
      expect(desktop.pageErrors).toEqual([])
    } finally {
      await laptop.close()
      await desktop.close()
    }
  })
})
