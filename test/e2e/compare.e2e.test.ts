import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { compareBox } from './library-cards'
import { launchApp, seriousAccessibilityViolations } from './harness'

describeInBrowser('comparing roles and keeping the comparison', () => {
  it('compares two seed roles, saves with notes, survives a restart, and exports Markdown', async () => {
    const first = await launchApp()
    const { page } = first
    try {
      await (await compareBox(page, 'AI Programmer')).check()
      await (await compareBox(page, 'Data Operations Manager')).check()
      await page.getByRole('link', { name: 'Compare 2 roles' }).click()

      const table = page.getByRole('table', { name: /compared roles/ })
      await table.waitFor()
      expect(await table.getByRole('columnheader').allTextContents()).toEqual([
        'AI Programmer',
        'Data Operations Manager',
      ])
      const skills = page.getByRole('row', { name: /^Required skills/ })
      await skills.getByText('(shared by all)').first().waitFor()
      const sharedBefore = await skills.getByText('(shared by all)').count()
      expect(sharedBefore).toBeGreaterThan(0)
      await page.getByText(/\/100/).first().waitFor()
      const pay = page.getByRole('table', { name: /The same figures as a table/ })
      await pay.waitFor()
      expect(await pay.getByRole('rowheader').allTextContents()).toEqual([
        'AI Programmer',
        'Data Operations Manager',
      ])
      expect(await pay.textContent()).toContain('24 answers')
      expect(await seriousAccessibilityViolations(page)).toEqual([])

      await page.getByRole('switch', { name: 'Differences only' }).check()
      await expect.poll(() => skills.getByText('(shared by all)').count()).toBe(0)
      expect(page.url()).toContain('diff=1')

      await page.getByRole('button', { name: 'Save comparison' }).click()
      const form = page.getByRole('form', { name: 'Save comparison' })
      expect(await form.getByLabel('Title').inputValue()).toBe(
        'AI Programmer vs Data Operations Manager',
      )
      await form.getByLabel('Notes').fill('Leaning towards the programming side.')
      await form.getByLabel('Tags').fill('shortlist, 2027')
      await form.getByRole('button', { name: 'Save', exact: true }).click()
      await page
        .getByRole('heading', { level: 1, name: 'AI Programmer vs Data Operations Manager' })
        .waitFor()
      await expect.poll(() => page.url()).toContain('saved=')
    } finally {
      await first.close()
    }

    const second = await launchApp({ dataDir: first.dataDir })
    try {
      const { page: again } = second
      await again.getByRole('link', { name: 'Saved', exact: true }).click()
      const list = again.getByRole('list', { name: 'Saved comparisons' })
      await list.waitFor()
      expect(await list.textContent()).toContain('Leaning towards the programming side.')
      expect(await seriousAccessibilityViolations(again)).toEqual([])

      await list.getByRole('link', { name: 'AI Programmer vs Data Operations Manager' }).click()
      await again.getByRole('table', { name: /compared roles/ }).waitFor()
      await again.getByRole('button', { name: 'Export Markdown' }).click()
      await again.getByText(/^Saved to /).waitFor()

      const exportsDir = join(first.dataDir, 'exports')
      const [file] = await readdir(exportsDir)
      expect(file).toMatch(/\.md$/)
      const markdown = await readFile(join(exportsDir, file ?? ''), 'utf8')
      expect(markdown).toContain('AI Programmer vs Data Operations Manager')
      expect(markdown).toContain('Leaning towards the programming side.')
      expect(markdown).toContain('Glassdoor')
      expect(markdown).toContain('Practical tips')
      expect(second.pageErrors).toEqual([])
    } finally {
      await second.close()
    }
  })

  it('compares four roles, reorders a column, and opens the transition view', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await page.goto(
        'http://role-atlas.test/index.html#/compare?roles=ai-programmer,data-manager,machine-learning-engineer,data-operations-specialist',
      )
      const table = page.getByRole('table', { name: /compared roles/ })
      await table
        .getByRole('columnheader', { name: 'Data Operations Specialist', exact: true })
        .waitFor()
      expect(await page.getByRole('combobox', { name: 'Add a role' }).count()).toBe(0)

      await page.getByRole('button', { name: 'Move Data Manager left' }).click()
      await expect
        .poll(() => table.getByRole('columnheader').allTextContents())
        .toEqual([
          'Data Manager',
          'AI Programmer',
          'Machine Learning Engineer',
          'Data Operations Specialist',
        ])
      expect(page.url()).toContain('roles=data-manager,ai-programmer')
      expect(await seriousAccessibilityViolations(page)).toEqual([])

      const matrix = page.getByRole('table', { name: 'Similarity of each pair, out of 100' })
      expect(await matrix.getByRole('row').count()).toBe(5)
      await page.getByText('Why: each pair explained').click()
      await page.getByRole('link', { name: 'From Data Manager to AI Programmer' }).click()
      await page
        .getByRole('heading', { level: 1, name: 'From Data Manager to AI Programmer' })
        .waitFor()
      await page
        .getByRole('region', { name: /What AI Programmer needs/ })
        .getByText('Python')
        .waitFor()
      expect(await seriousAccessibilityViolations(page)).toEqual([])

      await page.getByRole('button', { name: 'Make a learning plan from this' }).click()
      // The plan's default title matches the transition's heading, so wait for the route.
      await expect.poll(() => page.url()).toContain('#/plans/')
      await page.getByRole('radiogroup', { name: 'Status of Python' }).waitFor()
      await page.goBack()
      await page.goBack()
      await table.waitFor()
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
