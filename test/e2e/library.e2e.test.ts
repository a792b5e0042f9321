import { afterEach, beforeEach, expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import { CatalogSchema } from '@shared/domain/catalog'
import { roleEntityIds } from '@shared/domain/role'
import { userRole } from '../main/store/helpers'
import { describeInBrowser } from './e2e-suite'
import { launchApp, seriousAccessibilityViolations, type LaunchedApp } from './harness'

const catalog = CatalogSchema.parse(catalogJson)
const roleNames = catalog.roles.map((role) => role.name).sort()
// Search reads alternate titles too: O*NET's "Tableau Developer" is a Web Developer alias.
const rolesNamingTableau = catalog.roles
  .filter(
    (role) =>
      roleEntityIds(role).has('tableau') ||
      role.aliases.some((alias) => /\btableau\b/i.test(alias)),
  )
  .map((role) => role.name)
  .sort()

describeInBrowser('role library', () => {
  let app: LaunchedApp

  beforeEach(async () => {
    app = await launchApp()
  })

  afterEach(async () => {
    await app.close()
  })

  async function listedRoles(): Promise<string[]> {
    const names = await app.page
      .getByRole('list', { name: 'Roles' })
      .getByRole('heading', { level: 3 })
      .allTextContents()
    return names.map((name) => name.trim()).sort()
  }

  it('lists every built-in role with its summary', async () => {
    const { page } = app
    await expect.poll(listedRoles).toEqual(roleNames)
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'roles' }).textContent())
      .toBe(`${catalog.roles.length} roles`)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    expect(app.pageErrors).toEqual([])
  })

  it('searching a tool lists exactly the roles whose items or alternate titles name it', async () => {
    const { page } = app
    await expect.poll(listedRoles).toHaveLength(catalog.roles.length)
    await page.getByRole('searchbox', { name: 'Search roles' }).fill('Tableau')
    await expect.poll(listedRoles).toEqual(rolesNamingTableau)
    expect(rolesNamingTableau.length).toBeGreaterThan(0)
    await expect.poll(() => page.url()).toContain('q=Tableau')
  })

  it('filters by industry and clears back to everything', async () => {
    const { page } = app
    await expect.poll(listedRoles).toHaveLength(catalog.roles.length)
    const industry = page.getByRole('combobox', { name: 'Industry' })
    const gamingRoles = catalog.roles
      .filter((role) => role.sections.industries.some((item) => item.entityIds.includes('gaming')))
      .map((role) => role.name)
      .sort()
    await industry.selectOption('gaming')
    await expect.poll(listedRoles).toEqual(gamingRoles)
    await page.getByRole('button', { name: 'Clear', exact: true }).click()
    await expect.poll(listedRoles).toHaveLength(catalog.roles.length)
  })

  it('says so when nothing matches, and offers a way back', async () => {
    const { page } = app
    await page.getByRole('searchbox', { name: 'Search roles' }).fill('quantum basket weaving')
    await page.getByText('No roles match').waitFor()
    await page.getByRole('button', { name: 'Clear search and filters' }).click()
    await expect.poll(listedRoles).toHaveLength(catalog.roles.length)
  })

  it('draws a card far down a long library once it is scrolled to', async () => {
    const { page } = app
    await app.container.store.update((db) => {
      for (let index = 1; index <= 60; index++) {
        db.roles.push(userRole(`long-list-${index}`, `Long list role ${index}`))
      }
    })
    await page.reload()
    await expect.poll(listedRoles).toHaveLength(catalog.roles.length + 60)
    const last = page.getByRole('article', { name: 'Long list role 60' })
    const compareLast = page.getByRole('checkbox', { name: 'Compare Long list role 60' })
    expect(await compareLast.count()).toBe(0)
    await last.scrollIntoViewIfNeeded()
    await compareLast.check()
    await expect
      .poll(() => last.textContent())
      .toContain('Turns business questions into data work.')
    expect(app.pageErrors).toEqual([])
  })
})
