import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations } from './harness'

describeInBrowser('my skills and role fit', () => {
  it('rates skills, re-ranks roles, turns gaps into a plan, and keeps it all after a restart', async () => {
    const first = await launchApp()
    const { page } = first
    try {
      await page.getByRole('link', { name: 'My skills', exact: true }).click()
      await page.getByRole('radiogroup', { name: 'Your level in Python' }).waitFor()
      expect(await seriousAccessibilityViolations(page)).toEqual([])

      await page.getByRole('link', { name: 'See which roles fit you' }).click()
      const ranking = page.getByRole('list', { name: 'Roles by fit' })
      await ranking.waitFor()
      await page.getByText(/Nothing rated yet/).waitFor()

      await page.goBack()
      for (const skill of ['Python', 'Machine learning', 'TensorFlow', 'PyTorch']) {
        const rating = page.getByRole('radiogroup', { name: `Your level in ${skill}` })
        await rating.getByRole('radio', { name: 'Confident' }).check()
        await expect
          .poll(() => rating.getByRole('radio', { name: 'Confident' }).isChecked())
          .toBe(true)
      }
      await page.getByRole('searchbox', { name: 'Search skills and tools' }).fill('sklearn')
      await page
        .getByRole('radiogroup', { name: 'Your level in scikit-learn' })
        .getByRole('radio', { name: 'Practiced' })
        .check()

      await page.getByRole('link', { name: 'See which roles fit you' }).click()
      await ranking.waitFor()
      const top = ranking.getByRole('article').first()
      await expect
        .poll(() => top.getByRole('heading').textContent())
        .toMatch(/Machine Learning|AI Programmer/)
      expect(await page.getByText(/Nothing rated yet/).count()).toBe(0)
      expect(await seriousAccessibilityViolations(page)).toEqual([])

      await page.getByRole('link', { name: 'Gaps and chart for Data Manager' }).click()
      await page.getByRole('heading', { level: 1, name: 'Your fit for Data Manager' }).waitFor()
      const gaps = page.getByRole('list', { name: 'Gaps for Data Manager' })
      const gapCount = await gaps.getByRole('listitem').count()
      expect(gapCount).toBeGreaterThan(0)
      expect(await seriousAccessibilityViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Add to plan' }).click()
      await page.getByText(`Added ${gapCount} items to “Gaps for Data Manager”.`).waitFor()
      expect(first.pageErrors).toEqual([])
    } finally {
      await first.close()
    }

    const second = await launchApp({ dataDir: first.dataDir })
    try {
      const { page: again } = second
      await again.goto('http://role-atlas.test/index.html#/skills?q=python')
      const python = again.getByRole('radiogroup', { name: 'Your level in Python' })
      await expect
        .poll(() => python.getByRole('radio', { name: 'Confident' }).isChecked())
        .toBe(true)
      await again.getByRole('link', { name: 'Plans', exact: true }).click()
      await again.getByRole('link', { name: 'Gaps for Data Manager' }).click()
      await again.getByRole('heading', { level: 1, name: 'Gaps for Data Manager' }).waitFor()
      expect(await again.getByRole('radiogroup', { name: /^Status of / }).count()).toBeGreaterThan(
        0,
      )
    } finally {
      await second.close()
    }
  }, 180_000) // axe reads a 361-entity skills page: about a minute on a busy machine
})
