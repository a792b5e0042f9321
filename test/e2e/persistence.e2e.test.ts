import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import { CatalogSchema } from '@shared/domain/catalog'
import type { Role } from '@shared/domain/role'
import { describeInBrowser } from './e2e-suite'
import { DATA_FILE_NAME, launchApp, seriousAccessibilityViolations } from './harness'

const catalog = CatalogSchema.parse(catalogJson)

function ownRole(): Role {
  const template = catalog.roles[0]
  if (!template) throw new Error('empty catalog')
  return {
    ...template,
    id: 'analytics-translator',
    name: 'Analytics Translator',
    aliases: [],
    summary: 'Bridges business questions and data teams.',
    origin: 'user',
  }
}

describeInBrowser('data kept across restarts and damage', () => {
  it('keeps the user’s own role after a restart, next to the built-in ones', async () => {
    const first = await launchApp()
    await first.container.store.update((db) => {
      db.roles.push(ownRole())
    })
    await first.close()

    const second = await launchApp({ dataDir: first.dataDir })
    try {
      const { page } = second
      const card = page.getByRole('article', { name: 'Analytics Translator' })
      // Your own roles come last, under "Your roles": drawn in full once scrolled to.
      await card.scrollIntoViewIfNeeded()
      await expect.poll(() => card.textContent()).toContain('Your role')
      await expect
        .poll(() => page.getByRole('list', { name: 'Roles' }).getByRole('article').count())
        .toBe(catalog.roles.length + 1)
    } finally {
      await second.close()
    }
  })

  it('sets a damaged data file aside, tells the user where it is, and keeps working', async () => {
    const first = await launchApp()
    await first.close()
    const damaged = '{"schemaVersion":1,"roles":[{"id":"trunc'
    await writeFile(join(first.dataDir, DATA_FILE_NAME), damaged)

    const second = await launchApp({ dataDir: first.dataDir })
    try {
      const { page } = second
      const notice = page.getByRole('alert')
      await notice.waitFor()
      const movedAside = (await readdir(first.dataDir)).find((name) => name.includes('.corrupt-'))
      expect(movedAside).toBeDefined()
      expect(await notice.textContent()).toContain(movedAside)
      expect(await readFile(join(first.dataDir, movedAside ?? ''), 'utf8')).toBe(damaged)
      await expect
        .poll(() => page.getByRole('list', { name: 'Roles' }).getByRole('article').count())
        .toBe(catalog.roles.length)
      expect(await seriousAccessibilityViolations(page)).toEqual([])

      await notice.getByRole('button', { name: 'Dismiss' }).click()
      await expect.poll(() => page.getByRole('alert').count()).toBe(0)
    } finally {
      await second.close()
    }
  })
})
