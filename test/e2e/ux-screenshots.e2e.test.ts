import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp } from './harness'

// The screens issue #19's fixes changed, at the smallest sizes and full size, to look at
// after a change; they land in out/screenshots/ux/, not in the README's set.
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../out/screenshots/ux')
const APP_URL = 'http://role-atlas.test/index.html'

const SIZES = [
  { name: '720', width: 720, height: 520 },
  { name: '800', width: 800, height: 600 },
  { name: 'full', width: 1920, height: 1080 },
]

describeInBrowser('screenshots of the screens the rough-edges work changed', () => {
  it.each(['light', 'dark'] as const)('captures them in %s', async (colorScheme) => {
    await mkdir(SCREENSHOT_DIR, { recursive: true })
    const app = await launchApp({ colorScheme })
    try {
      const { page } = app
      const shot = (name: string): string => join(SCREENSHOT_DIR, `${name}-${colorScheme}.png`)
      for (const size of SIZES) {
        await page.setViewportSize(size)
        await page.goto(`${APP_URL}#/library`)
        await page.getByRole('list', { name: 'Roles' }).waitFor()
        const more = page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('button', { name: /^More/ })
        if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true')
          await more.click()
        await page.screenshot({ path: shot(`header-${size.name}`) })
      }

      // A few ratings, so the fit screens have both strengths and gaps to show.
      await page.setViewportSize({ width: 1280, height: 860 })
      await page.goto(`${APP_URL}#/skills`)
      for (const [skill, level] of [
        ['Python', 'Confident'],
        ['SQL', 'Practiced'],
        ['Tableau', 'Learning'],
      ] as const) {
        const rating = page.getByRole('radiogroup', { name: `Your level in ${skill}`, exact: true })
        await rating.getByRole('radio', { name: level }).check()
        await expect.poll(() => rating.getByRole('radio', { name: level }).isChecked()).toBe(true)
      }

      for (const size of SIZES.slice(1)) {
        await page.setViewportSize(size)
        await page.goto(`${APP_URL}#/fit`)
        await page.getByRole('list', { name: 'Roles by fit' }).waitFor()
        await page.screenshot({ path: shot(`fit-${size.name}`) })
        await page.goto(`${APP_URL}#/fit/data-manager`)
        await page.getByRole('list', { name: 'Gaps for Data Manager' }).waitFor()
        await page.getByText('What a good fit looks like').first().click()
        await page.screenshot({ path: shot(`fit-role-${size.name}`), fullPage: true })

        await page.goto(`${APP_URL}#/roles/lead-machine-learning-engineer`)
        const salaries = page.getByRole('region', { name: 'Salaries' })
        await salaries.getByText(/from only/).waitFor()
        await salaries.screenshot({ path: shot(`salaries-few-${size.name}`) })
      }

      // Two deletions in a row: the newest notification, the older one behind "1 more".
      await page.setViewportSize({ width: 800, height: 600 })
      for (const role of ['Data Manager', 'AI Programmer']) {
        await page.goto(`${APP_URL}#/plans`)
        await page.getByRole('combobox', { name: 'For a role' }).selectOption({ label: role })
        await page.getByRole('button', { name: 'Create plan' }).click()
        await page.getByRole('heading', { level: 1, name: new RegExp(role) }).waitFor()
        await page.getByRole('button', { name: 'Delete' }).click()
        await page.getByRole('heading', { level: 1, name: 'Learning plans' }).waitFor()
      }
      const notifications = page.getByRole('status', { name: 'Notifications' })
      await page.screenshot({ path: shot('notifications-800') })
      await notifications.getByRole('button', { name: '1 more' }).click()
      await page.screenshot({ path: shot('notifications-open-800') })
    } finally {
      await app.close()
    }
  })
})
