import { mkdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp } from './harness'

// Screens to look at after every change; `docs/screenshots/` holds copies for the README.
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../out/screenshots')
const APP_URL = 'http://role-atlas.test/index.html'

/**
 * A whole long page: rows out of view are not drawn (content-visibility), and a full-page
 * capture does not scroll, so the view is made as tall as the page for the capture.
 */
async function captureWholePage(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize()
  const height = (await page.evaluate('document.documentElement.scrollHeight')) as number
  await page.setViewportSize({ width: viewport?.width ?? 1280, height })
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))')
  await page.screenshot({ path, fullPage: true })
  if (viewport) await page.setViewportSize(viewport)
}

describeInBrowser('screenshots of every screen, light and dark', () => {
  it.each(['light', 'dark'] as const)(
    'captures the library and a role page in %s',
    async (colorScheme) => {
      await mkdir(SCREENSHOT_DIR, { recursive: true })
      const app = await launchApp({ colorScheme })
      try {
        const { page } = app
        await page.getByRole('list', { name: 'Roles' }).waitFor()
        const library = join(SCREENSHOT_DIR, `library-${colorScheme}.png`)
        // The first screen only: cards far down the list are drawn when scrolled to, so a
        // full-page shot would show them as empty boxes.
        await page.screenshot({ path: library })

        await page.goto(`${APP_URL}#/roles/data-operations-manager`)
        await page.getByRole('heading', { level: 1, name: 'Data Operations Manager' }).waitFor()
        const role = join(SCREENSHOT_DIR, `role-${colorScheme}.png`)
        await page.screenshot({ path: role })
        const outlook = join(SCREENSHOT_DIR, `role-outlook-${colorScheme}.png`)
        await page.getByRole('region', { name: 'Outlook' }).screenshot({ path: outlook })

        const salaries = join(SCREENSHOT_DIR, `role-salaries-${colorScheme}.png`)
        const salaryPanel = page.getByRole('region', { name: 'Salaries' })
        await salaryPanel.getByText('median a year in US dollars').waitFor()
        await salaryPanel.screenshot({ path: salaries })

        const twoRoles = join(SCREENSHOT_DIR, `compare-2-${colorScheme}.png`)
        await page.goto(`${APP_URL}#/compare?roles=ai-programmer,data-operations-manager`)
        await page.getByRole('heading', { name: 'How much they overlap' }).waitFor()
        await page.screenshot({ path: twoRoles, fullPage: true })

        // Four roles open as the grid; the shot starts at the grid, as a reader scrolls to it.
        const fourRoles = join(SCREENSHOT_DIR, `compare-4-${colorScheme}.png`)
        const fourRolesUrl = `${APP_URL}#/compare?roles=ai-programmer,data-manager,machine-learning-engineer,data-operations-specialist`
        const grid = page.getByRole('table', { name: /Skills, tools and industries/ })
        const showGrid = async (): Promise<void> => {
          await page.goto(fourRolesUrl)
          await grid.getByRole('columnheader', { name: 'Data Operations Specialist' }).waitFor()
          await grid.getByRole('rowheader', { name: /^Industries/ }).waitFor()
          const top = (await grid.boundingBox())?.y ?? 0
          await page.evaluate(`window.scrollBy(0, ${top - 16})`)
          // No row lit up by the pointer.
          await page.mouse.move(0, 0)
        }
        await showGrid()
        await page.screenshot({ path: fourRoles })

        // The same grid at the window's small and large sizes,
        // and the library beside it.
        const sizes = [
          { width: 800, height: 600 },
          { width: 1920, height: 1080 },
        ]
        const sized: string[] = []
        for (const size of sizes) {
          await page.setViewportSize(size)
          const compareShot = join(SCREENSHOT_DIR, `compare-4-${size.width}-${colorScheme}.png`)
          await showGrid()
          await page.screenshot({ path: compareShot })
          const libraryShot = join(SCREENSHOT_DIR, `library-${size.width}-${colorScheme}.png`)
          await page.goto(`${APP_URL}#/library`)
          await page.getByRole('list', { name: 'Roles' }).waitFor()
          await page.evaluate('window.scrollTo(0, 0)')
          await page.screenshot({ path: libraryShot })
          sized.push(compareShot, libraryShot)
        }
        await page.setViewportSize({ width: 1280, height: 860 })

        // The catalog's other kinds: an O*NET occupation's page, and a comparison across an
        // occupation, a market role and two seed roles.
        const occupation = join(SCREENSHOT_DIR, `role-onet-${colorScheme}.png`)
        await page.goto(`${APP_URL}#/roles/data-scientist`)
        await page.getByRole('heading', { level: 1, name: 'Data Scientist' }).waitFor()
        await page.screenshot({ path: occupation })
        const mixed = join(SCREENSHOT_DIR, `compare-mixed-${colorScheme}.png`)
        await page.goto(
          `${APP_URL}#/compare?roles=data-scientist,data-engineer,machine-learning-engineer,data-manager`,
        )
        await grid.getByRole('columnheader', { name: 'Data Manager' }).waitFor()
        await page.mouse.move(0, 0)
        await page.screenshot({ path: mixed })

        const transition = join(SCREENSHOT_DIR, `transition-${colorScheme}.png`)
        await page.goto(`${APP_URL}#/compare/transition?from=data-manager&to=ai-programmer`)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await page.screenshot({ path: transition, fullPage: true })

        const { handlers } = app.container
        const plan = await handlers['plans:create']({
          source: { kind: 'role', roleId: 'ai-programmer' },
        })
        for (const [index, item] of plan.items.slice(0, 9).entries()) {
          const status = index % 3 === 2 ? 'learning' : 'done'
          await handlers['progress:set']({ key: item.key, status })
        }
        await handlers['progress:set']({
          key: 'skill:python',
          level: 3,
          notes: 'Worked through **Automate the Boring Stuff**.\n- next: `pandas`',
          links: [{ url: 'https://docs.python.org/3/tutorial/', label: 'Python tutorial' }],
        })
        const planShotPath = join(SCREENSHOT_DIR, `plan-${colorScheme}.png`)
        await page.goto(`${APP_URL}#/plans/${plan.id}`)
        await page.getByRole('button', { name: 'Notes and links for Python' }).click()
        await page.getByRole('button', { name: 'Python tutorial', exact: true }).waitFor()
        await captureWholePage(page, planShotPath)
        // The plan at the window's small and large sizes, as the user first sees it.
        for (const size of sizes) {
          await page.setViewportSize(size)
          await page.evaluate('window.scrollTo(0, 0)')
          const planShot = join(SCREENSHOT_DIR, `plan-${size.width}-${colorScheme}.png`)
          await page.screenshot({ path: planShot })
          sized.push(planShot)
        }
        await page.setViewportSize({ width: 1280, height: 860 })

        const dashboard = join(SCREENSHOT_DIR, `dashboard-${colorScheme}.png`)
        await page.goto(`${APP_URL}#/progress`)
        await page.getByRole('region', { name: 'Recent activity' }).waitFor()
        await page.screenshot({ path: dashboard, fullPage: true })

        const fitRanking = join(SCREENSHOT_DIR, `fit-${colorScheme}.png`)
        await page.goto(`${APP_URL}#/fit`)
        await page.getByRole('list', { name: 'Roles by fit' }).waitFor()
        await page.screenshot({ path: fitRanking })

        const fitRole = join(SCREENSHOT_DIR, `fit-role-${colorScheme}.png`)
        await page.goto(`${APP_URL}#/fit/machine-learning-engineer`)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await page.screenshot({ path: fitRole, fullPage: true })

        const skillsPage = join(SCREENSHOT_DIR, `skills-${colorScheme}.png`)
        await page.goto(`${APP_URL}#/skills`)
        await page.getByRole('radiogroup', { name: 'Your level in Python' }).waitFor()
        await page.screenshot({ path: skillsPage })

        for (const file of [
          library,
          role,
          outlook,
          salaries,
          fitRanking,
          fitRole,
          skillsPage,
          twoRoles,
          fourRoles,
          transition,
          planShotPath,
          dashboard,
          ...sized,
        ]) {
          expect((await stat(file)).size).toBeGreaterThan(10_000)
        }
        expect(app.pageErrors).toEqual([])
      } finally {
        await app.close()
      }
    },
  )
})
