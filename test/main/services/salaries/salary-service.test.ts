import { copyFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBundledCatalog } from '../../../../src/main/services/catalog/bundled-catalog'
import { SalaryService } from '../../../../src/main/services/salaries/salary-service'
import { Store } from '../../../../src/main/store/db'
import type { Role } from '@shared/domain/role'
import { AppError } from '@shared/ipc/result'
import { BUNDLED_SALARY_INDEX } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'

const { catalog } = loadBundledCatalog()

/**
 * Rows per built-in role in the committed index: the counts of /work/shared/data/README.md,
 * as no row of the snapshot is skipped. Data Operations Specialist has 40, not 34: its alias
 * "DataOps Engineer" is a title of 6 more rows. No other alias is a title in the index.
 */
const expectedCounts: [string, number, 'ok' | 'few'][] = [
  ['machine-learning-engineer', 5841, 'ok'],
  ['data-manager', 607, 'ok'],
  ['data-operations-specialist', 40, 'ok'],
  ['data-operations-manager', 24, 'ok'],
  ['machine-learning-software-engineer', 15, 'ok'],
  ['ai-programmer', 9, 'few'],
  ['lead-machine-learning-engineer', 5, 'few'],
]

describe('SalaryService over the bundled index', () => {
  const tempDir = useTempDir()

  async function setUp(
    indexPath = BUNDLED_SALARY_INDEX,
    extraRoles: Role[] = [],
  ): Promise<SalaryService> {
    const store = await Store.open(path.join(tempDir(), 'role-atlas.json'))
    await store.update((db) => {
      db.roles = [...structuredClone(catalog.roles), ...extraRoles]
    })
    return new SalaryService(store, indexPath)
  }

  it.each(expectedCounts)('finds the rows of %s: %i, %s', async (roleId, count, reliability) => {
    const salaries = await (await setUp()).forRole(roleId, {})
    expect(salaries.overall.count).toBe(count)
    expect(salaries.overall.reliability).toBe(reliability)
    expect(salaries.overall.figures).not.toBeNull()
    expect(salaries.byLevel.reduce((sum, group) => sum + group.summary.count, 0)).toBe(count)
    expect(salaries.byYear.reduce((sum, group) => sum + group.summary.count, 0)).toBe(count)
  })

  it('names the titles that matched, the alias included', async () => {
    const service = await setUp()
    expect((await service.forRole('data-operations-specialist', {})).matchedTitles).toEqual([
      'Data Operations Specialist',
      'DataOps Engineer',
    ])
    expect((await service.forRole('machine-learning-engineer', {})).matchedTitles).toEqual([
      'Machine Learning Engineer',
    ])
  })

  it('applies filters and counts the options with the other filters', async () => {
    const service = await setUp()
    const all = await service.forRole('machine-learning-engineer', {})
    const us = all.options.residence.find((option) => option.value === 'US')
    expect(all.options.residence[0]).toEqual(us)
    expect(us?.label).toBe('United States')
    const filtered = await service.forRole('machine-learning-engineer', {
      residence: 'US',
      companySize: 'M',
    })
    expect(filtered.filters).toEqual({ residence: 'US', companySize: 'M' })
    expect(filtered.overall.count).toBe(
      filtered.options.companySize.find((option) => option.value === 'M')?.count,
    )
    expect(filtered.overall.count).toBeLessThan(all.overall.count)
    expect(filtered.options.residence.find((option) => option.value === 'US')?.count).toBe(
      filtered.overall.count,
    )
  })

  it('compares roles unfiltered, in the order given', async () => {
    const salaries = await (await setUp()).compare(['ai-programmer', 'data-manager'])
    expect(salaries.map((role) => [role.roleId, role.overall.count])).toEqual([
      ['ai-programmer', 9],
      ['data-manager', 607],
    ])
    expect(salaries.every((role) => Object.keys(role.filters).length === 0)).toBe(true)
  })

  it('credits the source', async () => {
    expect(await (await setUp()).source()).toEqual({
      name: 'aijobs.net Global AI, ML, Data Science Salary Index',
      url: 'https://aijobs.net/salaries',
      licence: 'CC0 1.0',
      snapshotDate: '2025-01-19',
      rowCount: 74_301,
    })
  })

  it('says when a role has no rows, and refuses an unknown role', async () => {
    const astronaut = {
      ...structuredClone(catalog.roles[0] as Role),
      id: 'astronaut',
      name: 'Astronaut',
      aliases: ['Space Data Manager'],
      profile: undefined,
    }
    const service = await setUp(BUNDLED_SALARY_INDEX, [astronaut])
    const salaries = await service.forRole('astronaut', {})
    expect(salaries.matchedTitles).toEqual([])
    expect(salaries.overall).toEqual({ count: 0, figures: null, reliability: 'hidden' })
    await expect(service.forRole('cosmonaut', {})).rejects.toEqual(
      new AppError('not-found', 'There is no role with the id "cosmonaut".'),
    )
    await expect(service.compare(['ai-programmer', 'cosmonaut'])).rejects.toThrow(AppError)
  })

  it("gives the library every role's median, as the role page shows it, and none without rows", async () => {
    const astronaut = {
      ...structuredClone(catalog.roles[0] as Role),
      id: 'astronaut',
      name: 'Astronaut',
      aliases: [],
      profile: undefined,
    }
    const service = await setUp(BUNDLED_SALARY_INDEX, [astronaut])
    const medians = await service.medians()
    const engineer = await service.forRole('machine-learning-engineer', {})
    expect(medians.get('machine-learning-engineer')).toBe(engineer.overall.figures?.median)
    expect(medians.get('ai-programmer')).toBeGreaterThan(0)
    expect(medians.has('astronaut')).toBe(false)
  })

  it('reads the file once, and again after a failed read', async () => {
    const copy = path.join(tempDir(), 'salaries.json')
    await writeFile(copy, '{"format": "role-atlas-salary-index"')
    const service = await setUp(copy)
    await expect(service.source()).rejects.toThrow(/salary index at .* could not be loaded/)
    await copyFile(BUNDLED_SALARY_INDEX, copy)
    expect((await service.source()).rowCount).toBe(74_301)
    await rm(copy)
    expect((await service.forRole('ai-programmer', {})).overall.count).toBe(9)
  })
})
