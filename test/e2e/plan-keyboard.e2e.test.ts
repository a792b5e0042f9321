import { expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'

/** Makes an empty plan with three items of the user's own, and returns with it open. */
async function planWithOwnItems(app: LaunchedApp): Promise<void> {
  const { page } = app
  await page.goto(`${APP_URL}#/plans`)
  await page.getByRole('button', { name: 'Start an empty plan' }).click()
  await page.getByRole('heading', { level: 1 }).waitFor()
  const field = page.getByRole('textbox', { name: 'Add your own item' })
  for (const label of ['Read the guide', 'Write a query', 'Review it']) {
    await field.fill(label)
    await field.press('Enter')
    await page.getByText(label, { exact: true }).waitFor()
  }
}

/** The accessible name of the element that has focus, or its tag when it has none. */
function focused(app: LaunchedApp): Promise<string> {
  // A string, as the other journeys do: this file is type-checked without the DOM's types.
  return app.page.evaluate(
    `(() => {
      const element = document.activeElement
      return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? ''
    })()`,
  ) as Promise<string>
}

describeInBrowser('a plan by keyboard', () => {
  it('keeps focus on a sensible control after moving and removing items; Escape closes forms', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await planWithOwnItems(app)

      await page.getByRole('button', { name: 'Move Read the guide down' }).focus()
      await page.keyboard.press('Enter')
      // Moved: "Write a query" is first now, so its "up" is off.
      await expect
        .poll(() => page.getByRole('button', { name: 'Move Write a query up' }).isDisabled())
        .toBe(true)
      await expect.poll(() => focused(app)).toBe('Move Read the guide down')
      await page.keyboard.press('Enter')
      await expect
        .poll(() => page.getByRole('button', { name: 'Move Read the guide down' }).isDisabled())
        .toBe(true)
      // Now last in its group: its "down" is off, so focus goes to "up".
      await expect.poll(() => focused(app)).toBe('Move Read the guide up')

      await page.getByRole('button', { name: 'Remove Write a query' }).focus()
      await page.keyboard.press('Enter')
      await page.getByText('Write a query', { exact: true }).waitFor({ state: 'detached' })
      await expect.poll(() => focused(app)).toBe('Remove Review it')

      await page.getByRole('button', { name: 'Edit the text of Review it' }).click()
      const rename = page.getByRole('textbox', { name: 'New text for Review it' })
      await expect
        .poll(() => page.evaluate("document.activeElement?.id.startsWith('rename-') === true"))
        .toBe(true)
      await page.keyboard.press('Escape')
      await rename.waitFor({ state: 'detached' })
      await expect.poll(() => focused(app)).toBe('Edit the text of Review it')

      await page.getByRole('button', { name: 'Rename' }).click()
      await page.keyboard.press('Escape')
      await page.getByRole('textbox', { name: 'Title' }).waitFor({ state: 'detached' })
      await expect.poll(() => focused(app)).toBe('Rename')

      expect(await seriousAccessibilityViolations(page)).toEqual([])
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('picks a status by a click anywhere on it or by the arrow keys, with the focus ring shown', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await planWithOwnItems(app)
      const status = page.getByRole('radiogroup', { name: 'Status of Read the guide' })
      // Near a corner of the status, away from its text: the whole of it picks it.
      const learning = status.locator('label', { hasText: 'Learning' })
      const box = await learning.boundingBox()
      if (!box) throw new Error('the status is not on screen')
      await learning.click({ position: { x: box.width - 2, y: 2 } })
      await expect
        .poll(() => status.getByRole('radio', { name: 'Learning' }).isChecked())
        .toBe(true)

      await page.keyboard.press('ArrowRight')
      const done = status.getByRole('radio', { name: 'Done' })
      await expect.poll(() => done.isChecked()).toBe(true)
      // The radio has focus, and its label draws the focus ring (a string: see focused()).
      const focus = (await page.evaluate(
        `(() => {
          const radio = document.activeElement
          return { value: radio.value, ring: getComputedStyle(radio.parentElement).outlineStyle }
        })()`,
      )) as { value: string; ring: string }
      expect(focus).toEqual({ value: 'done', ring: 'solid' })
      expect(await page.getByText('1 of 3 done').count()).toBe(1)
    } finally {
      await app.close()
    }
  })

  it('shows the limit of an item before it is reached', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await planWithOwnItems(app)
      const field = page.getByRole('textbox', { name: 'Add your own item' })
      expect(await field.getAttribute('maxlength')).toBe('500')
      await field.fill('x'.repeat(450))
      await page.getByText('50 of 500 characters left').waitFor()
      await field.fill('x'.repeat(600))
      expect((await field.inputValue()).length).toBe(500)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it("keeps a note's code style inside the note: other screens look the same after a plan", async () => {
    const app = await launchApp()
    const { page } = app
    const codeOnDataPage = async (): Promise<string> => {
      await page.goto(`${APP_URL}#/data`)
      await page.locator('main code').first().waitFor()
      const style = (await page.evaluate(
        `(() => {
          const style = getComputedStyle(document.querySelector('main code'))
          return [style.backgroundColor, style.padding, style.fontSize].join(' ')
        })()`,
      )) as string
      // A real reading, so the comparison below cannot pass on two empty answers.
      expect(style).toMatch(/px/)
      return style
    }
    try {
      const before = await codeOnDataPage()
      await planWithOwnItems(app)
      await page.getByRole('button', { name: 'Notes and links for Review it' }).click()
      await page.getByRole('button', { name: 'Add notes for Review it' }).click()
      await page
        .getByRole('form', { name: 'Notes for Review it' })
        .getByLabel(/Notes/)
        .fill('Run `SELECT 1`')
      await page.getByRole('button', { name: 'Save notes' }).click()
      await page.locator('main code', { hasText: 'SELECT 1' }).waitFor()
      expect(await codeOnDataPage()).toBe(before)
    } finally {
      await app.close()
    }
  })

  it('says plainly that a date in a link is not valid', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await page.goto(`${APP_URL}#/progress?asOf=garbage`)
      await page.getByRole('alert').getByText('That is not a date').waitFor()
      expect(await page.getByText(/Invalid Date/).count()).toBe(0)
      await page.getByRole('button', { name: 'Show today' }).click()
      await page.getByText('Where you stand today, across every plan.').waitFor()
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('says plans are archived rather than that there are none', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await planWithOwnItems(app)
      await page.getByRole('button', { name: 'Archive' }).click()
      await page.getByText('Your own plan · archived').waitFor()
      await page.getByRole('link', { name: 'Plans', exact: true }).first().click()
      await page.getByText('No plans on the go').waitFor()
      expect(await page.getByText('No plans yet').count()).toBe(0)
      await page.getByRole('button', { name: 'Show archived plans' }).click()
      await page.getByRole('link', { name: 'My plan' }).waitFor()
    } finally {
      await app.close()
    }
  })
})
