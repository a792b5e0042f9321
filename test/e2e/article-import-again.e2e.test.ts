import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { sectionKeys } from '@shared/domain/sections'
import { describeInBrowser } from './e2e-suite'
import { launchApp, type LaunchedApp } from './harness'

const JOURNEY = resolve(
  import.meta.dirname,
  '../fixtures/articles/journey-data-manager-vs-analytics-engineer.txt',
)

async function previewJourney(app: LaunchedApp): Promise<void> {
  const { page } = app
  await page.getByRole('link', { name: 'Import', exact: true }).click()
  await page.getByLabel('Article text').fill(await readFile(JOURNEY, 'utf8'))
  await page.getByRole('button', { name: 'Preview' }).click()
  await page.getByRole('heading', { name: 'Preview' }).waitFor()
}

function itemCounts(app: LaunchedApp, roleId: string): number[] {
  const role = app.container.store.data.roles.find((candidate) => candidate.id === roleId)
  return sectionKeys.map((key) => role?.sections[key].length ?? -1)
}

describeInBrowser('importing the same article again', () => {
  it('recognises it, shows every item already there, and saves over it without doubling', async () => {
    const app = await launchApp()
    const { page } = app
    try {
      await previewJourney(app)
      // The merge is shown before it happens, item by item.
      const manager = page.getByRole('region', { name: 'Data Manager' })
      expect(await manager.getByRole('status').textContent()).toMatch(/items? (is|are) new/)
      await page.getByRole('button', { name: 'Confirm and save' }).click()
      await page.getByRole('heading', { name: 'Import saved' }).waitFor()
      const managerAfterFirst = itemCounts(app, 'data-manager')
      const engineerAfterFirst = itemCounts(app, 'analytics-engineer')

      await page.getByRole('button', { name: 'Import another article' }).click()
      await previewJourney(app)
      await page
        .getByRole('heading', { name: /^You imported this article on \d+ \w+ \d{4}$/ })
        .waitFor()
      // Both roles go where they went last time, and nothing in them is new.
      const engineer = page.getByRole('region', { name: 'Analytics Engineer' })
      expect(await engineer.getByLabel('Role to merge Analytics Engineer into').inputValue()).toBe(
        'analytics-engineer',
      )
      expect(await engineer.getByRole('status').textContent()).toMatch(/^0 items are new/)
      expect(await manager.getByRole('status').textContent()).toMatch(/^0 items are new/)
      expect(
        await engineer
          .getByRole('list', { name: 'Tools and software of Analytics Engineer' })
          .getByText('Already there', { exact: false })
          .count(),
      ).toBeGreaterThan(0)

      await page.getByRole('button', { name: 'Confirm and save' }).click()
      await page.getByRole('heading', { name: 'Import saved' }).waitFor()
      expect(itemCounts(app, 'data-manager')).toEqual(managerAfterFirst)
      expect(itemCounts(app, 'analytics-engineer')).toEqual(engineerAfterFirst)
      expect(app.container.store.data.articles.map((article) => article.id)).toEqual([
        'data-manager-vs-analytics-engineer',
      ])

      await page.goto(page.url().replace(/#.*$/, '#/roles/analytics-engineer'))
      const sources = page.getByRole('region', { name: 'Where this comes from' })
      await sources.waitFor()
      const text = (await sources.textContent()) ?? ''
      expect(
        text.split('Data Manager vs Analytics Engineer: A Comprehensive Comparison'),
      ).toHaveLength(2)
      expect(app.pageErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
