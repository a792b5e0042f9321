import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { ZOD_WORDING } from '../shared/ipc/zod-wording'
import { launchApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'

describeInBrowser('a role fit page', () => {
  it('"Add to plan" clicked twice extends the plan the first click made', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await page.goto(`${APP_URL}#/fit/data-manager`)
      await page.getByRole('heading', { level: 1, name: 'Your fit for Data Manager' }).waitFor()
      const gapCount = await page
        .getByRole('list', { name: 'Gaps for Data Manager' })
        .getByRole('listitem')
        .count()
      const notifications = page.getByRole('status', { name: 'Notifications' })
      await page.getByRole('button', { name: 'Add to plan' }).click()
      await notifications.getByText(`Added ${gapCount} items to “Gaps for Data Manager”.`).waitFor()
      // The target now names the plan just made, not "A new plan".
      const target = page.getByRole('combobox', { name: /^Add these \d+ to/ })
      await expect
        .poll(async () => target.locator('option:checked').textContent())
        .toBe('Gaps for Data Manager')

      await page.getByRole('button', { name: 'Add to plan' }).click()
      await notifications
        .getByText(`Nothing new to add: “Gaps for Data Manager” already has all ${gapCount}.`)
        .waitFor()
      await page.goto(`${APP_URL}#/plans`)
      const plans = page.getByRole('list', { name: 'Plans' })
      await plans.getByRole('article').first().waitFor()
      expect(await plans.getByRole('article').count()).toBe(1)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})

describeInBrowser('reading a fit', () => {
  it('ranks what to learn by the points it adds, says "not rated", and what the score means', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      const gaps = page.getByRole('list', { name: 'Gaps for Data Manager' })
      await page.goto(`${APP_URL}#/fit/data-manager`)
      const firstGap = gaps.getByRole('listitem').first()
      await firstGap.waitFor()
      expect(await firstGap.textContent()).toMatch(/^\s*\+\d+\s.*\(skill, not rated\)\s*$/)
      const name = /\+\d+\s+(.*?)\s+\(/.exec((await firstGap.textContent()) ?? '')?.[1] ?? ''

      await page.goto(`${APP_URL}#/skills?q=${encodeURIComponent(name)}`)
      const rating = page.getByRole('radiogroup', { name: `Your level in ${name}` })
      await rating.getByRole('radio', { name: 'Learning' }).check()
      await expect
        .poll(() => rating.getByRole('radio', { name: 'Learning' }).isChecked())
        .toBe(true)

      await page.goto(`${APP_URL}#/fit/data-manager`)
      await gaps.getByText(/your level: Learning/).waitFor()
      const gains = (await gaps.getByRole('listitem').allTextContents()).map((text) =>
        Number(/\+(\d+)/.exec(text)?.[1]),
      )
      expect(gains.length).toBeGreaterThan(2)
      expect(gains).toEqual([...gains].sort((a, b) => b - a))
      await page.getByText('What a good fit looks like').click()
      await page.getByText(/^75–100: Strong fit/).waitFor()
      expect(await page.locator('main').textContent()).not.toMatch(/your level 0/)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})

describeInBrowser('an address a user edited by hand', () => {
  it('is refused in plain words, not in the validator’s', async () => {
    const app = await launchApp()
    try {
      const { page } = app
      await page.goto(`${APP_URL}#/fit/Not_A_Role!`)
      const alert = page.getByText(
        /part of what it was asked was not valid\. Go back and try again\./,
      )
      await alert.waitFor()
      const text = (await page.locator('main').textContent()) ?? ''
      expect(text).not.toMatch(ZOD_WORDING)
    } finally {
      await app.close()
    }
  })
})
