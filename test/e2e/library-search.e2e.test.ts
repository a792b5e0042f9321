import { afterEach, beforeEach, expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import { CatalogSchema } from '@shared/domain/catalog'
import { roleEntityIds } from '@shared/domain/role'
import { describeInBrowser } from './e2e-suite'
import { launchApp, type LaunchedApp } from './harness'

const catalog = CatalogSchema.parse(catalogJson)
/** The catalog's roles that link every one of `entityIds`, by name. */
function rolesWithAll(...entityIds: string[]): string[] {
  return catalog.roles
    .filter((role) => entityIds.every((id) => roleEntityIds(role).has(id)))
    .map((role) => role.name)
    .sort()
}

describeInBrowser('searching the library', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    expect(app.pageErrors).toEqual([])
    await app.close()
  })

  async function search(text: string): Promise<string[]> {
    const { page } = app
    await page.getByRole('searchbox', { name: 'Search roles' }).fill(text)
    await expect
      .poll(() => page.url())
      .toContain(`q=${encodeURIComponent(text).replaceAll('%20', '+')}`)
    await page
      .getByRole('status')
      .filter({ hasText: /roles$/ })
      .waitFor()
    const names = await page
      .getByRole('list', { name: 'Roles' })
      .getByRole('heading', { level: 3 })
      .allTextContents()
    return names.map((name) => name.trim()).sort()
  }

  it('finds the roles that have every word, and says why', async () => {
    const pythonAndSql = rolesWithAll('python', 'sql')
    expect(pythonAndSql.length).toBeGreaterThan(0)
    expect(pythonAndSql.length).toBeLessThan(catalog.roles.length)
    expect(await search('python sql')).toEqual(pythonAndSql)
    // A role that asks for Python among its required skills says so on its card.
    const withPythonSkill = catalog.roles.find(
      (role) =>
        pythonAndSql.includes(role.name) &&
        role.sections.skills.some((item) => item.entityIds.includes('python')),
    )
    if (!withPythonSkill) throw new Error('no role asks for Python among its skills')
    const card = app.page.getByRole('article', { name: withPythonSkill.name, exact: true })
    await card.scrollIntoViewIfNeeded()
    // Scrolled to, the card is drawn in full, with what it matched.
    await expect.poll(() => card.textContent()).toMatch(/Matches.*Python \(required skills/)
  })

  it('still finds a role when a word has a small typo', async () => {
    expect(rolesWithAll('python').length).toBeGreaterThan(0)
    expect(await search('pyhton')).toEqual(rolesWithAll('python'))
  })
})
