import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { describeInBrowser } from './e2e-suite'
import { launchApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'

/** Main's smallest window, and the small screen people still use. */
const SMALL_SIZES = [
  { width: 720, height: 520 },
  { width: 800, height: 600 },
]

/** Every screen, with what to wait for before measuring it. */
function routes(planId: string): { hash: string; ready: string; table?: string }[] {
  return [
    { hash: '#/library', ready: 'Role library' },
    { hash: '#/roles/data-manager', ready: 'Data Manager' },
    { hash: '#/compare', ready: 'Compare' },
    {
      hash: '#/compare?roles=ai-programmer,data-manager,machine-learning-engineer,data-operations-specialist',
      ready: 'Compare roles',
      table: 'AI Programmer',
    },
    {
      hash: '#/compare?roles=ai-programmer,data-manager,machine-learning-engineer,data-operations-specialist&view=text',
      ready: 'Compare roles',
      table: 'AI Programmer',
    },
    {
      hash: '#/compare/transition?from=data-manager&to=ai-programmer',
      ready: 'Data Manager',
    },
    { hash: '#/saved', ready: 'Saved comparisons' },
    { hash: '#/plans', ready: 'Learning plans' },
    { hash: `#/plans/${planId}`, ready: 'Data Manager' },
    { hash: '#/progress', ready: 'Progress' },
    { hash: '#/skills', ready: 'My skills' },
    { hash: '#/fit', ready: 'Roles' },
    { hash: '#/fit/data-manager', ready: 'Your fit for Data Manager' },
    { hash: '#/import', ready: 'Import' },
    { hash: '#/data', ready: 'Your data' },
    { hash: '#/about', ready: 'About' },
  ]
}

/** How far the page reaches past the window's right edge, in CSS pixels. */
function sidewaysOverflow(page: Page): Promise<number> {
  // Strings, not functions: the test project has no DOM types, the page does.
  return page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  ) as Promise<number>
}

/**
 * Whether the top bar's visible links and buttons sit on one line and inside the window:
 * their vertical centres within a few pixels of each other, none past the right edge.
 */
function barFits(page: Page): Promise<{ oneLine: boolean; inside: boolean }> {
  return page.evaluate(`(() => {
    const rects = [...document.querySelectorAll('.app-header a, .app-header button')]
      .filter((control) => control.offsetParent !== null)
      .map((control) => control.getBoundingClientRect())
    const centres = rects.map((rect) => rect.top + rect.height / 2)
    return {
      oneLine: Math.max(...centres) - Math.min(...centres) < 8,
      inside: rects.every((rect) => rect.right <= document.documentElement.clientWidth),
    }
  })()`) as Promise<{ oneLine: boolean; inside: boolean }>
}

/** Pairs of the top bar's visible links and buttons drawn over each other, by their text. */
function barOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const controls = [...document.querySelectorAll('.app-header a, .app-header button')]
      .filter((control) => control.offsetParent !== null)
      .map((control) => ({ text: control.textContent.trim(), rect: control.getBoundingClientRect() }))
    const overlaps = []
    for (const [i, a] of controls.entries())
      for (const b of controls.slice(i + 1))
        if (a.rect.left < b.rect.right && b.rect.left < a.rect.right &&
            a.rect.top < b.rect.bottom && b.rect.top < a.rect.bottom)
          overlaps.push(a.text + ' / ' + b.text)
    return overlaps
  })()`) as Promise<string[]>
}

describeInBrowser('the window at its smallest', () => {
  it('never scrolls sideways and keeps the top bar on one line, on every screen', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await page.goto(`${APP_URL}#/plans`)
      await page
        .getByRole('combobox', { name: 'For a role' })
        .selectOption({ label: 'Data Manager' })
      await page.getByRole('button', { name: 'Create plan' }).click()
      await page.getByRole('heading', { level: 1, name: /Data Manager/ }).waitFor()
      const planId = decodeURIComponent(/#\/plans\/([^?]+)/.exec(page.url())?.[1] ?? '')

      const problems: string[] = []
      for (const size of SMALL_SIZES) {
        await page.setViewportSize(size)
        for (const route of routes(planId)) {
          await page.goto(`${APP_URL}${route.hash}`)
          await page
            .getByRole('heading', { level: 1, name: new RegExp(route.ready) })
            .first()
            .waitFor({ timeout: 10_000 })
            .catch(() => {
              throw new Error(`${route.hash} did not show “${route.ready}”`)
            })
          if (route.table) {
            // The comparison's table comes after its heading: measure it once it is drawn.
            await page
              .getByRole('columnheader', { name: route.table })
              .first()
              .waitFor({ timeout: 10_000 })
          }
          const overflow = await sidewaysOverflow(page)
          if (overflow > 0)
            problems.push(`${size.width}×${size.height} ${route.hash}: ${overflow}px sideways`)
          const bar = await barFits(page)
          if (!bar.oneLine) problems.push(`${size.width}×${size.height} ${route.hash}: bar wraps`)
          if (!bar.inside) problems.push(`${size.width}×${size.height} ${route.hash}: bar cut off`)
        }
      }
      expect(problems).toEqual([])
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('keeps the sync status clear of the sections: a mark in a narrow window, its words cut short in a wider one', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      const folder = await mkdtemp(join(tmpdir(), 'role-atlas-layout-sync-'))
      await page.goto(`${APP_URL}#/data`)
      app.openDialogAnswers.push(folder)
      await page.getByRole('button', { name: 'Choose sync folder…' }).click()
      await page.getByText(folder, { exact: true }).waitFor()
      // A file of another computer not downloaded yet: the bar's longest status.
      const other = join(folder, 'Role Atlas', 'devices', 'other-pc-1234')
      await mkdir(other, { recursive: true })
      await writeFile(join(other, '.seg-000001.json.icloud'), '')
      await page.evaluate('window.api.sync.now()')
      const status = page.getByRole('link', { name: 'Synced, with warnings' })
      await page.reload()
      await status.waitFor()

      const problems: string[] = []
      for (const size of [...SMALL_SIZES, { width: 900, height: 600 }]) {
        await page.setViewportSize(size)
        await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor()
        for (const pair of await barOverlaps(page)) problems.push(`${size.width}: ${pair}`)
        const bar = await barFits(page)
        if (!bar.oneLine || !bar.inside) problems.push(`${size.width}: bar wraps or is cut off`)
        if (!(await status.isVisible())) problems.push(`${size.width}: no sync status`)
      }
      expect(problems).toEqual([])
      // However short it is drawn, the status keeps its words for the tooltip.
      expect(await status.getAttribute('title')).toBe('Synced, with warnings: sync settings')
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('reaches About through "More" by keyboard; Escape closes it and focus returns', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await page.setViewportSize({ width: 720, height: 520 })
      await page.goto(`${APP_URL}#/library`)
      const nav = page.getByRole('navigation', { name: 'Main' })
      const more = nav.getByRole('button', { name: /^More/ })
      await more.focus()
      await page.keyboard.press('Enter')
      expect(await more.getAttribute('aria-expanded')).toBe('true')
      const menu = nav.getByRole('list', { name: 'More sections' })
      await menu.getByRole('link', { name: 'About' }).waitFor()
      await page.keyboard.press('Escape')
      await expect.poll(() => menu.count()).toBe(0)
      expect(await page.evaluate("document.activeElement?.getAttribute('aria-controls')")).toBe(
        'more-sections',
      )

      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: /About/ }).waitFor()
      await expect.poll(() => menu.count()).toBe(0)
      // The bar says where the user is, though About sits behind "More".
      expect(await more.textContent()).toMatch(/now on About/)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('shows every section in the bar in a full-size window', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await page.setViewportSize({ width: 1280, height: 860 })
      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.getByRole('link', { name: 'About' }).waitFor()
      expect(await nav.getByRole('button', { name: /^More/ }).count()).toBe(0)
    } finally {
      await app.close()
    }
  })
})
