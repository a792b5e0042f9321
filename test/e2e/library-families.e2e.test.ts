import { afterEach, beforeEach, expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import { CatalogSchema } from '@shared/domain/catalog'
import { familyOf } from '@shared/domain/role-families'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const catalog = CatalogSchema.parse(catalogJson)
const securityRoles = catalog.roles
  .filter((role) => familyOf(role) === 'security')
  .map((role) => role.name)
  .sort()
const growth = (name: string): number =>
  catalog.roles.find((role) => role.name === name)?.profile?.projection?.changePercent ?? -Infinity

describeInBrowser('library families, filters and sort', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    await app.close()
  })

  async function cardNames(list = 'Roles'): Promise<string[]> {
    const names = await app.page
      .getByRole('list', { name: list })
      .getByRole('heading', { level: 3 })
      .allTextContents()
    return names.map((name) => name.trim())
  }

  it('groups every role under a family heading', async () => {
    const { page } = app
    const families = page.getByRole('list', { name: 'Roles' }).getByRole('heading', { level: 2 })
    await expect.poll(() => families.count()).toBeGreaterThanOrEqual(7)
    expect((await families.allTextContents()).map((text) => text.replace(/\s*\d+$/, ''))).toEqual([
      'Data science and analytics',
      'ML and AI',
      'Data engineering and management',
      'Software',
      'Security',
      'Infrastructure',
      'Management',
    ])
    expect((await cardNames('Security')).sort()).toEqual(securityRoles)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    expect(app.pageErrors).toEqual([])
  })

  it('filters by family and growth, sorts by growth, and keeps it all in the URL', async () => {
    const { page } = app
    await expect.poll(() => cardNames()).toHaveLength(catalog.roles.length)

    await page.getByRole('combobox', { name: 'Family' }).selectOption('security')
    await expect.poll(async () => (await cardNames()).sort()).toEqual(securityRoles)
    await expect.poll(() => page.url()).toContain('family=security')

    await page.getByRole('combobox', { name: 'Family' }).selectOption('')
    await page.getByRole('combobox', { name: 'Growth to 2034' }).selectOption('20')
    const fast = catalog.roles.filter((role) => growth(role.name) > 20).map((role) => role.name)
    await expect.poll(async () => (await cardNames()).sort()).toEqual(fast.sort())
    expect(fast.length).toBeGreaterThan(0)

    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('growth')
    await expect.poll(() => page.url()).toContain('sort=growth')
    const ranked = await cardNames('By growth, fastest first')
    expect(ranked.map(growth)).toEqual([...ranked.map(growth)].sort((a, b) => b - a))
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'roles' }).textContent())
      .toBe(`${fast.length} of ${catalog.roles.length} roles`)

    // The URL holds the whole state: opening it again shows the same ranking.
    await page.reload()
    await expect.poll(() => cardNames('By growth, fastest first')).toEqual(ranked)
    await page.getByRole('button', { name: 'Clear' }).click()
    await expect
      .poll(() => cardNames('By growth, fastest first'))
      .toHaveLength(catalog.roles.length)
  })

  it('sorts by median salary, highest first, each card naming its median', async () => {
    const { page } = app
    await expect.poll(() => cardNames()).toHaveLength(catalog.roles.length)
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('salary')
    const list = page.getByRole('list', { name: 'By median salary, highest first' })
    await expect.poll(() => list.getByText(/^Median salary: /).count()).toBeGreaterThan(5)
    // Cards past the first screenful show only their names until scrolled to: read the first.
    const medians = (await list.getByText(/^Median salary: /).allTextContents()).map((text) =>
      Number(text.replace(/\D/g, '')),
    )
    expect(medians.length).toBeGreaterThan(5)
    expect(medians).toEqual([...medians].sort((a, b) => b - a))
    await page.getByRole('combobox', { name: 'Median salary' }).selectOption('200000')
    await expect.poll(() => page.url()).toContain('salary=200000')
    await expect
      .poll(async () => (await list.getByText(/^Median salary: /).allTextContents()).length)
      .toBeLessThan(medians.length)
    const rich = await list.getByText(/^Median salary: /).allTextContents()
    expect(rich.every((text) => Number(text.replace(/\D/g, '')) >= 200_000)).toBe(true)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
  })

  it("sorts by the user's fit, each card naming it", async () => {
    const { page } = app
    await expect.poll(() => cardNames()).toHaveLength(catalog.roles.length)
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('fit')
    await expect.poll(() => page.url()).toContain('sort=fit')
    const list = page.getByRole('list', { name: 'By your fit, best first' })
    // A fresh profile has rated nothing, so every fit is 0% and the ranking falls back to names.
    await expect.poll(() => list.getByText(/^Your fit: \d+%$/).count()).toBeGreaterThan(5)
    const names = await cardNames('By your fit, best first')
    expect(names).toHaveLength(catalog.roles.length)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
  })
})
