import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LibraryQuery } from '@shared/domain/library'
import { queryLibrary } from '@shared/domain/library-search'
import type { Role } from '@shared/domain/role'
import { familyOf, type CatalogFamilyId } from '@shared/domain/role-families'
import { testEntities, testRole } from './fixtures'

const entities = new Map(testEntities.map((entity) => [entity.id, entity]))
const provenance = { origin: 'catalog' as const, articleIds: [] }

/** A built-in role of `family` with BLS's typical entry education and projected change. */
function profiled(
  id: string,
  name: string,
  family: CatalogFamilyId,
  typicalEntry: string,
  changePercent: number,
): Role {
  return {
    ...testRole(id, name, {}),
    family,
    profile: {
      summaryProvenance: provenance,
      sourceIds: [],
      education: { typicalEntry, requiredLevels: [], provenance },
      projection: {
        groupTitle: name,
        groupCode: '15-2051',
        widerGroup: false,
        period: '2024-34',
        employmentStart: 100,
        employmentEnd: 100 + changePercent,
        changePercent,
        openingsThousands: 10,
        wageDate: 'May 2024',
        provenance,
      },
      related: [],
      widerOccupations: [],
      salaryTitles: [],
      gaps: [],
    },
  }
}

const scientist = profiled(
  'data-scientist',
  'Data Scientist',
  'data-science',
  "Bachelor's degree",
  33.5,
)
const researcher = profiled(
  'research-scientist',
  'Research Scientist',
  'ml-ai',
  "Master's degree",
  19.7,
)
const dba = profiled(
  'database-administrator',
  'Database Administrator',
  'data-engineering',
  "Bachelor's degree",
  -0.7,
)
const seed: Role = {
  ...testRole('machine-learning-engineer', 'Machine Learning Engineer', {}),
  family: 'ml-ai',
}
const mine: Role = { ...testRole('my-role', 'Analytics Lead', {}), origin: 'user' }
const roles = [dba, mine, researcher, scientist, seed]

const names = (query: Partial<LibraryQuery> = {}): string[] =>
  queryLibrary(roles, entities, { text: '', ...query }).roles.map((role) => role.name)

describe('role families', () => {
  it('puts every built-in role of the committed catalog in a reviewed family', () => {
    // The committed catalog is the app's own resource, not ../shared: catalog:build writes each
    // role's family from its reviewed table, and a role without one would land in "Other roles".
    const catalog = JSON.parse(readFileSync('resources/catalog/catalog.json', 'utf8')) as {
      roles: Role[]
    }
    const unfiled = catalog.roles.filter((role) => familyOf(role) === 'other').map((r) => r.id)
    expect(unfiled).toEqual([])
    expect(catalog.roles.length).toBeGreaterThan(50)
  })

  it("files a user's and an imported role under Your roles, whatever family it names", () => {
    expect(familyOf({ origin: 'user', family: 'data-science' })).toBe('your-roles')
    expect(familyOf({ origin: 'imported' })).toBe('your-roles')
    expect(familyOf({ origin: 'builtin', family: 'data-science' })).toBe('data-science')
  })

  it('files a built-in role an older catalog stored without a family under Other roles', () => {
    expect(familyOf({ origin: 'builtin' })).toBe('other')
  })
})

describe('queryLibrary by family, education and growth', () => {
  it('offers the families with roles, in the library order, with counts', () => {
    const { families } = queryLibrary(roles, entities, { text: '' })
    expect(families).toEqual([
      { id: 'data-science', name: 'Data science and analytics', roleCount: 1 },
      { id: 'ml-ai', name: 'ML and AI', roleCount: 2 },
      { id: 'data-engineering', name: 'Data engineering and management', roleCount: 1 },
      { id: 'your-roles', name: 'Your roles', roleCount: 1 },
    ])
  })

  it('gives each listed role its family, entry education and growth', () => {
    const [first] = queryLibrary([scientist], entities, { text: '' }).roles
    expect(first).toMatchObject({
      familyId: 'data-science',
      typicalEntry: "Bachelor's degree",
      growthPercent: 33.5,
    })
  })

  it('filters by family', () => {
    expect(names({ familyId: 'ml-ai' })).toEqual([
      'Machine Learning Engineer',
      'Research Scientist',
    ])
    expect(names({ familyId: 'your-roles' })).toEqual(['Analytics Lead'])
  })

  it('offers entry education levels fewest years first and filters by one', () => {
    const { educations } = queryLibrary(roles, entities, { text: '' })
    expect(educations.map((facet) => [facet.name, facet.roleCount])).toEqual([
      ["Bachelor's degree", 2],
      ["Master's degree", 1],
    ])
    expect(names({ education: "Bachelor's degree" })).toEqual([
      'Data Scientist',
      'Database Administrator',
    ])
  })

  it('keeps roles projected to grow above a threshold, leaving out roles with no projection', () => {
    expect(names({ minGrowth: 0 })).toEqual(['Data Scientist', 'Research Scientist'])
    expect(names({ minGrowth: 20 })).toEqual(['Data Scientist'])
  })

  it('sorts by growth, fastest first, with unknown growth last in name order', () => {
    expect(names({ sort: 'growth' })).toEqual([
      'Data Scientist',
      'Research Scientist',
      'Database Administrator',
      'Analytics Lead',
      'Machine Learning Engineer',
    ])
  })

  it('filters and sorts by the median salaries it is given, a role without one last', () => {
    const medians = new Map([
      ['database-administrator', 120_000],
      ['research-scientist', 190_000],
      ['data-scientist', 150_000],
    ])
    const salaried = (query: Partial<LibraryQuery>): string[] =>
      queryLibrary(roles, entities, { text: '', ...query }, { medians }).roles.map((r) => r.name)
    expect(salaried({ sort: 'salary' }).slice(0, 3)).toEqual([
      'Research Scientist',
      'Data Scientist',
      'Database Administrator',
    ])
    expect(salaried({ minSalary: 150_000 })).toEqual(['Data Scientist', 'Research Scientist'])
    const [first] = queryLibrary([scientist], entities, { text: '' }, { medians }).roles
    expect(first?.medianSalary).toBe(150_000)
    // Without the index's figures no role passes a salary floor, rather than every role.
    expect(names({ minSalary: 100_000 })).toEqual([])
  })

  it("sorts by the user's fit, best first, and gives each role its score", () => {
    const fits = new Map([
      ['database-administrator', 70],
      ['data-scientist', 70],
      ['research-scientist', 10],
    ])
    const result = queryLibrary(roles, entities, { text: '', sort: 'fit' }, { fits })
    expect(result.roles.map((role) => [role.name, role.fitScore])).toEqual([
      ['Data Scientist', 70],
      ['Database Administrator', 70],
      ['Research Scientist', 10],
      ['Analytics Lead', undefined],
      ['Machine Learning Engineer', undefined],
    ])
  })

  it('combines a family filter with search text and sorting', () => {
    expect(names({ text: 'scientist', familyId: 'ml-ai', sort: 'growth' })).toEqual([
      'Research Scientist',
    ])
  })
})
