import { afterEach, beforeEach, expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import { CatalogSchema } from '../../src/shared/domain/catalog'
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
