import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp } from './harness'

describeInBrowser('salaries from a small sample', () => {
  it('keeps a median from under 10 answers out of the headline, and marks empty filters', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await page.goto('http://role-atlas.test/index.html#/roles/lead-machine-learning-engineer')
      const salaries = page.getByRole('region', { name: 'Salaries' })
      const hint = salaries.getByText(/from only\s+5 answers/)
      await hint.waitFor()
      expect(await hint.textContent()).toMatch(/too few to rely on\s*Median \$[\d,]+ a year/)
      expect(await salaries.getByText('median a year in US dollars').count()).toBe(0)
      expect(await salaries.textContent()).not.toMatch(/\brows?\b/)

      // With only 5 answers, one filter set leaves some options of the others with nothing.
      await salaries.getByRole('combobox', { name: 'Remote work' }).selectOption({ index: 1 })
      const empty = salaries.locator('option', { hasText: '(none)' })
      await expect.poll(() => empty.count()).toBeGreaterThan(0)
      expect(await empty.first().isDisabled()).toBe(true)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
