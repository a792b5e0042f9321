import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { describeInBrowser } from './e2e-suite'
import { launchApp, type LaunchedApp } from './harness'

const APP_URL = 'http://role-atlas.test/index.html'

/** What has focus, as a screen reader would name it ("BODY" when focus fell back to the page). */
function focused(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const element = document.activeElement
    if (!element || element === document.body) return 'BODY'
    const label = element.labels && element.labels[0] ? element.labels[0].textContent : null
    return (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim()
  })()`) as Promise<string>
}

describeInBrowser('the compare screen by keyboard', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    expect(app.pageErrors).toEqual([])
    await app.close()
  })

  it('keeps focus on the column controls as columns move and go', async () => {
    const { page } = app
    await page.goto(
      `${APP_URL}#/compare?roles=ai-programmer,data-manager,machine-learning-engineer`,
    )
    const headers = () => page.getByRole('table').first().getByRole('columnheader')
    await page.getByRole('button', { name: 'Move AI Programmer right' }).focus()

    await page.keyboard.press('Enter')
    await expect
      .poll(() => headers().allTextContents())
      .toEqual(['Data Manager', 'AI Programmer', 'Machine Learning Engineer'])
    await expect.poll(() => focused(page)).toBe('Move AI Programmer right')

    // At the right-hand end the pressed arrow is disabled: focus moves to the other one.
    await page.keyboard.press('Enter')
    await expect
      .poll(() => headers().allTextContents())
      .toEqual(['Data Manager', 'Machine Learning Engineer', 'AI Programmer'])
    await expect.poll(() => focused(page)).toBe('Move AI Programmer left')

    await page.getByRole('button', { name: 'Remove Data Manager from the comparison' }).focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => headers().allTextContents())
      .toEqual(['Machine Learning Engineer', 'AI Programmer'])
    await expect
      .poll(() => focused(page))
      .toBe('Remove Machine Learning Engineer from the comparison')

    // One role left: focus goes to the picker that adds the next.
    await page.keyboard.press('Enter')
    await page.getByText('Pick two to four roles to compare').waitFor()
    // The picker's select: its label is the text before it.
    const pickerLabel = `document.activeElement?.tagName === 'SELECT' &&
      document.activeElement.closest('label')?.querySelector('span')?.textContent`
    await expect.poll(() => page.evaluate(pickerLabel)).toBe('Pick a role to compare')

    // Adding a role by keyboard leaves focus in the picker, ready for the next one.
    await page.getByRole('combobox').selectOption({ label: 'Data Manager' })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => headers().allTextContents()).toEqual(['AI Programmer', 'Data Manager'])
    await expect.poll(() => page.evaluate(pickerLabel)).toBe('Add a role')
  })

  it('opens, escapes and saves the details form, with focus where the user left off', async () => {
    const { page } = app
    await page.goto(`${APP_URL}#/compare?roles=ai-programmer,data-manager`)
    const open = page.getByRole('button', { name: 'Save comparison' })
    await open.focus()
    await page.keyboard.press('Enter')
    const form = page.getByRole('form', { name: 'Save comparison' })
    await expect.poll(() => focused(page)).toBe('Title')
    // Notes read like the title, not in the label's bold.
    const weight = (label: string) =>
      form
        .getByLabel(label)
        .evaluate(
          (element) => element.ownerDocument.defaultView?.getComputedStyle(element).fontWeight,
        )
    expect(await weight('Notes')).toBe(await weight('Title'))

    await page.keyboard.press('Escape')
    await form.waitFor({ state: 'detached' })
    await expect.poll(() => focused(page)).toBe('Save comparison')

    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Escape')
    await form.waitFor({ state: 'detached' })
    await expect.poll(() => focused(page)).toBe('Save comparison')

    await page.keyboard.press('Enter')
    await page.keyboard.type(' (shortlist)')
    await page.keyboard.press('Enter')
    await page
      .getByRole('heading', { level: 1, name: 'AI Programmer vs Data Manager (shortlist)' })
      .waitFor()
    await expect.poll(() => focused(page)).toBe('Edit details')

    await page.keyboard.press('Enter')
    await page.getByRole('form', { name: 'Edit comparison details' }).waitFor()
    await page.getByRole('button', { name: 'Cancel' }).press('Enter')
    await expect.poll(() => focused(page)).toBe('Edit details')
  })

  it('says in plain words what to do with a link that names five roles', async () => {
    const { page } = app
    await page.goto(
      `${APP_URL}#/compare?roles=ai-programmer,data-manager,machine-learning-engineer,data-operations-specialist,data-operations-manager`,
    )
    const alert = page.getByRole('alert')
    await alert.getByText('A comparison holds at most four roles').waitFor()
    expect(await alert.textContent()).toContain('This link names 5 roles.')
    expect(await page.getByText(/Invalid input/).count()).toBe(0)
    await alert.getByRole('button', { name: 'Compare the first four' }).press('Enter')
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Skills, tools and industries/ })
          .getByRole('columnheader')
          .count(),
      )
      .toBe(4)
    await expect.poll(() => focused(page)).toBe('Save comparison')
  })
})
