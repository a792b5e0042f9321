import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { it } from 'vitest'
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
    } finally {
      await app.close()
    }
  })
})
