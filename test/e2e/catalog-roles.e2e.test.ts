import { afterEach, beforeEach, expect, it } from 'vitest'
import { ONET_ATTRIBUTION } from '@shared/domain/catalog-sources'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

describeInBrowser('catalog 2 roles', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    await app.close()
  })

  it('shows an O*NET role with its projection, education, related roles and sources', async () => {
    const { page } = app
    await page.goto(`${page.url().split('#')[0]}#/roles/business-intelligence-analyst`)
    await page.getByRole('heading', { level: 1, name: 'Business Intelligence Analyst' }).waitFor()
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents()
    expect(headings).toEqual(
      expect.arrayContaining([
        'Employment projection 2024–34',
        'Education and preparation',
        'Related roles',
        'Sources and coverage',
      ]),
    )
    const projection = page.getByRole('region', { name: 'Employment projection 2024–34' })
    expect(await projection.textContent()).toContain('for the wider group Data scientists')
    await page
      .getByRole('region', { name: 'Sources and coverage' })
      .getByText(ONET_ATTRIBUTION)
      .waitFor()
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    expect(app.pageErrors).toEqual([])
  })

  it('offers a seed role’s wider O*NET occupation and opens it', async () => {
    const { page } = app
    await page.goto(`${page.url().split('#')[0]}#/roles/machine-learning-engineer`)
    await page.getByRole('heading', { level: 1, name: 'Machine Learning Engineer' }).waitFor()
    await page.getByText('The wider occupations:').waitFor()
    await page.getByRole('link', { name: 'Data Scientists' }).click()
    await page.getByRole('heading', { level: 1, name: 'Data Scientist' }).waitFor()
    expect(page.url()).toContain('#/roles/data-scientist')
  })

  it('reaches the Sources page from About, with the O*NET attribution word for word', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'About' }).click()
    await page.getByText(ONET_ATTRIBUTION).waitFor()
    await page.getByRole('link', { name: 'How each source is used' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor()
    await page.getByText(ONET_ATTRIBUTION).waitFor()
    expect(await seriousAccessibilityViolations(page)).toEqual([])
  })
})
