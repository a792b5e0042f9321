import { afterEach, beforeEach, expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import { CatalogSchema } from '@shared/domain/catalog'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const catalog = CatalogSchema.parse(catalogJson)
const dataOpsManager = catalog.roles.find((role) => role.id === 'data-operations-manager')

describeInBrowser('role page', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    await app.close()
  })

  it('opens from the library and shows every section, figures with sources, and provenance', async () => {
    const { page } = app
    if (!dataOpsManager) throw new Error('the catalog has no Data Operations Manager')
    await page.getByRole('link', { name: dataOpsManager.name, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: dataOpsManager.name }).waitFor()
    expect(page.url()).toContain('#/roles/data-operations-manager')

    const headings = await page.getByRole('heading', { level: 2 }).allTextContents()
    expect(headings).toEqual([
      'Responsibilities',
      'Required skills',
      'Education',
      'Tools and software',
      'Common industries',
      'Outlook',
      'Practical tips',
      'Salaries',
      'Job listings seen in the articles',
      'Sources and coverage',
      'Where this comes from',
    ])
    for (const item of dataOpsManager.sections.tools) {
      await page.getByText(item.text, { exact: true }).waitFor()
    }
    const figures = page.getByRole('list', { name: 'Outlook figures' })
    await figures.getByText('$104,000 a year').waitFor()
    expect(await figures.textContent()).toContain('Glassdoor')
    const sourceTitles = await page
      .getByRole('region', { name: 'Where this comes from' })
      .getByRole('listitem')
      .allTextContents()
    expect(sourceTitles.join(' ')).toContain('AI Programmer vs. Data Operations Manager')
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    expect(app.pageErrors).toEqual([])
  })

  it('jumps from an entity chip to every role that names it, and back keeps history', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Data Manager', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Data Manager' }).waitFor()
    await page.getByRole('link', { name: 'Roles that name ERwin' }).first().click()
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Search roles' }).inputValue())
      .toBe('ERwin')
    await page.goBack()
    await page.getByRole('heading', { level: 1, name: 'Data Manager' }).waitFor()
  })

  it('shows what the salary index says a role pays, with the sample size beside it', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Machine Learning Engineer', exact: true }).click()
    const salaries = page.getByRole('region', { name: 'Salaries' })
    await salaries.getByText('median a year in US dollars').waitFor()
    expect(await salaries.textContent()).toContain('5,841 answers')
    const byLevel = salaries.getByRole('table', { name: 'By experience' })
    expect(await byLevel.getByRole('rowheader').allTextContents()).toEqual([
      'Entry',
      'Mid',
      'Senior',
      'Executive',
    ])
    await salaries.getByRole('combobox', { name: 'Remote work' }).selectOption({ index: 1 })
    await expect
      .poll(async () => (await salaries.textContent())?.includes('5,841 answers'))
      .toBe(false)
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    await page.goto('http://role-atlas.test/index.html#/roles/lead-machine-learning-engineer')
    const few = page.getByRole('region', { name: 'Salaries' })
    await few.getByText('too few to rely on').first().waitFor()
    expect(await few.textContent()).toContain('5 answers')
  })

  it('explains an unknown role instead of showing a blank page', async () => {
    const { page } = app
    await page.evaluate("window.location.hash = '#/roles/astronaut'")
    await page.getByRole('alert').getByText('This role could not be opened').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain(
      'There is no role with the id "astronaut"',
    )
    expect(await seriousAccessibilityViolations(page)).toEqual([])
  })
})
