import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'

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

describeInBrowser('learning plans with shared progress', () => {
  it('shares progress between plans, keeps notes and links, resets with undo, survives restart', async () => {
    const first = await launchApp()
    const { page } = first
    try {
      await makePlanFor(first, 'AI Programmer')
      expect(await page.getByRole('heading', { level: 2, name: /Practical tips/ }).count()).toBe(1)
      await pythonStatus(first).getByRole('radio', { name: 'Done' }).check()
      await expect
        .poll(() => pythonStatus(first).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)

      await page.getByRole('button', { name: 'Notes and links for Python' }).click()
      await page.getByRole('button', { name: 'Add notes for Python' }).click()
      await page
        .getByRole('form', { name: 'Notes for Python' })
        .getByLabel(/Notes/)
        .fill('Finished the **pandas** chapters.\n- [Course](https://example.org/python)')
      await page.getByRole('button', { name: 'Save notes' }).click()
      await page.getByText('pandas', { exact: true }).waitFor()
      const addLink = page.getByRole('form', { name: 'Add a link to Python' })
      await addLink.getByLabel('Link').fill('https://docs.python.org/3/tutorial/')
      await addLink.getByLabel(/Label/).fill('Official tutorial')
      await addLink.getByRole('button', { name: 'Add link' }).click()
      await page.getByRole('button', { name: 'Official tutorial', exact: true }).click()
      await expect
        .poll(() => first.openedExternalUrls)
        .toEqual(['https://docs.python.org/3/tutorial/'])
      expect(await seriousAccessibilityViolations(page)).toEqual([])

      await makePlanFor(first, 'Machine Learning Engineer')
      await expect
        .poll(() => pythonStatus(first).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)
      await page
        .getByText(/^Also in .*AI Programmer/)
        .first()
        .waitFor()

      await page.getByRole('button', { name: 'Reset progress' }).click()
      await expect
        .poll(() => pythonStatus(first).getByRole('radio', { name: 'To do' }).isChecked())
        .toBe(true)
      await page
        .getByRole('status', { name: 'Notifications' })
        .getByRole('button', { name: 'Undo' })
        .click()
      await expect
        .poll(() => pythonStatus(first).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)

      await page.getByRole('link', { name: 'Progress', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor()
      const plans = page.getByRole('region', { name: 'Your plans' })
      await plans.getByRole('progressbar').first().waitFor()
      expect(await plans.getByRole('progressbar').count()).toBe(2)
      await page.getByRole('img', { name: /1 completions? over the last 12 months/ }).waitFor()
      expect(await page.getByRole('region', { name: 'Recent activity' }).textContent()).toContain(
        'Python',
      )
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      expect(first.pageErrors).toEqual([])
    } finally {
      await first.close()
    }

    const second = await launchApp({ dataDir: first.dataDir })
    try {
      const { page: again } = second
      await again.getByRole('link', { name: 'Plans', exact: true }).click()
      const list = again.getByRole('list', { name: 'Plans' })
      await list.waitFor()
      expect(await list.getByRole('article').count()).toBe(2)
      await list.getByRole('link', { name: /AI Programmer/ }).click()
      await expect
        .poll(() => pythonStatus(second).getByRole('radio', { name: 'Done' }).isChecked())
        .toBe(true)
      await again.getByRole('button', { name: 'Notes and links for Python' }).click()
      await again.getByText('pandas', { exact: true }).waitFor()
      await again.getByRole('button', { name: 'Official tutorial', exact: true }).waitFor()
    } finally {
      await second.close()
    }
  })
})
