import { describe, it, expect } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import taxonomyJson from '../../resources/catalog/taxonomy.json'
import { loadBundledCatalog } from '../../src/main/services/catalog/bundled-catalog'
import { CatalogSchema } from '@shared/domain/catalog'
import { TaxonomySchema } from '@shared/domain/entity'
import { EntityLinker } from '@shared/domain/entity-linker'
import type { Role, RoleItem } from '@shared/domain/role'
import { sectionKeys } from '@shared/domain/sections'

const catalog = CatalogSchema.parse(catalogJson)
const taxonomy = TaxonomySchema.parse(taxonomyJson)
const linker = new EntityLinker(taxonomy.entities)
// Seed roles link the hand-kept taxonomy; O*NET and market roles also the entities the build adds.
const entityIds = new Set(loadBundledCatalog().taxonomy.entities.map((entity) => entity.id))
/** The seven roles of the original articles, which catalog 2 keeps unchanged in substance. */
const seeds = catalog.roles.filter((r) => r.kind === 'seed')
const articleIds = new Set(catalog.articles.map((article) => article.id))

const BLS = 'Bureau of Labor Statistics'

/** Every list of items a role has: the six sections and the outlook statements. */
function itemLists(role: Role): [string, RoleItem[]][] {
  return [
    ...sectionKeys.map((key): [string, RoleItem[]] => [key, role.sections[key]]),
    ['outlook.statements', role.outlook.statements],
  ]
}

function allItems(role: Role): RoleItem[] {
  return itemLists(role).flatMap(([, items]) => items)
}

function role(id: string): Role {
  const found = catalog.roles.find((r) => r.id === id)
  if (!found) throw new Error(`no role ${id}`)
  return found
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()
}

describe('built-in catalog', () => {
  it('parses with the catalog and taxonomy schemas', () => {
    expect(CatalogSchema.safeParse(catalogJson).success).toBe(true)
    expect(TaxonomySchema.safeParse(taxonomyJson).success).toBe(true)
  })

  it('holds the seven seed roles among its roles, all built in', () => {
    expect(seeds.map((r) => r.id).sort()).toEqual(
      [
        'ai-programmer',
        'data-operations-manager',
        'machine-learning-software-engineer',
        'machine-learning-engineer',
        'data-operations-specialist',
        'data-manager',
        'lead-machine-learning-engineer',
      ].sort(),
    )
    for (const r of catalog.roles) expect(r.origin).toBe('builtin')
  })

  it('fills every section of every seed role and gives each an outlook statement', () => {
    for (const r of seeds) {
      for (const key of sectionKeys)
        expect(r.sections[key].length, `${r.id} ${key}`).toBeGreaterThan(0)
      expect(r.outlook.statements.length, r.id).toBeGreaterThan(0)
      expect(r.summary.length, r.id).toBeGreaterThan(0)
    }
  })

  it('links only entities that exist in the taxonomy', () => {
    for (const r of catalog.roles) {
      for (const item of allItems(r)) {
        for (const id of item.entityIds)
          expect(entityIds.has(id), `${r.id}/${item.id}: ${id}`).toBe(true)
      }
    }
  })

  it('stores exactly the entities the linker finds in each seed text', () => {
    for (const r of seeds) {
      for (const item of allItems(r)) {
        expect(new Set(item.entityIds), `${r.id}/${item.id}: ${item.text}`).toEqual(
          new Set(linker.link(item.text)),
        )
        expect(item.entityIds.length, `${r.id}/${item.id} repeats an id`).toBe(
          new Set(item.entityIds).size,
        )
      }
    }
  })

  it('leaves no taxonomy entity unused', () => {
    const used = new Set(seeds.flatMap((r) => allItems(r).flatMap((i) => i.entityIds)))
    expect(taxonomy.entities.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual([])
  })

  it('cites only known articles in seed roles, and every article contributes to one', () => {
    const cited = new Set<string>()
    for (const r of seeds) {
      const provenances = [
        ...allItems(r).map((i) => i.provenance),
        ...r.outlook.figures.map((f) => f.provenance),
      ]
      for (const provenance of provenances) {
        expect(provenance.origin).toBe('catalog')
        expect(provenance.articleIds.length).toBeGreaterThan(0)
        for (const id of provenance.articleIds) {
          expect(articleIds.has(id), `${r.id}: ${id}`).toBe(true)
          cited.add(id)
        }
      }
    }
    expect([...articleIds].filter((id) => !cited.has(id))).toEqual([])
  })

  it('has no repeated item id or text within a section of a role', () => {
    for (const r of catalog.roles) {
      for (const [key, items] of itemLists(r)) {
        const ids = items.map((i) => i.id)
        const texts = items.map((i) => normalise(i.text))
        expect(new Set(ids).size, `${r.id} ${key} ids`).toBe(ids.length)
        expect(new Set(texts).size, `${r.id} ${key} texts`).toBe(texts.length)
      }
      const figureIds = r.outlook.figures.map((f) => f.id)
      expect(new Set(figureIds).size, `${r.id} figure ids`).toBe(figureIds.length)
    }
  })

  it('gives every outlook figure a source and a period', () => {
    for (const r of catalog.roles) {
      for (const figure of r.outlook.figures) {
        expect(figure.source.trim(), `${r.id}/${figure.id}`).not.toBe('')
        expect(figure.period.trim(), `${r.id}/${figure.id}`).not.toBe('')
      }
    }
  })

  it('uses the same tip id for the same tip in different roles', () => {
    const portfolioTips = catalog.roles.filter((r) =>
      r.sections.tips.some((t) => t.id === 'build-portfolio'),
    )
    expect(portfolioTips.length).toBeGreaterThanOrEqual(5)
    const courseTips = catalog.roles.filter((r) =>
      r.sections.tips.some((t) => t.id === 'take-courses'),
    )
    expect(courseTips.length).toBeGreaterThanOrEqual(4)
  })

  describe('facts carried over from the seed articles', () => {
    it("links ERwin in the Data Manager's tools", () => {
      const tools = role('data-manager').sections.tools.flatMap((i) => i.entityIds)
      expect(tools).toContain('erwin')
    })

    it('names Tableau among the tools of exactly the expected roles', () => {
      const withTableau = seeds
        .filter((r) => r.sections.tools.some((i) => i.entityIds.includes('tableau')))
        .map((r) => r.id)
        .sort()
      expect(withTableau).toEqual(
        ['data-manager', 'data-operations-manager', 'lead-machine-learning-engineer'].sort(),
      )
    })

    it('gives the Data Operations Manager a Glassdoor salary of $104,000', () => {
      const salary = role('data-operations-manager').outlook.figures.find(
        (f) => f.kind === 'salary' && f.value === 104000,
      )
      expect(salary?.source).toBe('Glassdoor')
      expect(salary?.unit).toBe('usd-per-year')
    })

    it('carries a 15% BLS growth projection for 2019–2029', () => {
      const growth = seeds
        .flatMap((r) => r.outlook.figures)
        .filter(
          (f) =>
            f.kind === 'growth' &&
            f.value === 15 &&
            f.unit === 'percent' &&
            f.source.includes(BLS) &&
            f.period.includes('2019') &&
            f.period.includes('2029'),
        )
      expect(growth.length).toBeGreaterThanOrEqual(1)
    })

    it('attaches each BLS growth figure to the role it covers', () => {
      const growthOf = (id: string): number[] =>
        role(id)
          .outlook.figures.filter((f) => f.kind === 'growth')
          .map((f) => f.value)
      expect(growthOf('ai-programmer')).toEqual([15])
      expect(growthOf('data-manager')).toEqual([10])
      expect(growthOf('lead-machine-learning-engineer')).toEqual([16])
      expect(growthOf('data-operations-manager')).toEqual([31])
      expect(growthOf('machine-learning-software-engineer')).toEqual([31])
    })

    it('merges items stated by two articles into one item citing both', () => {
      const programming = role('ai-programmer').sections.skills.find((i) => i.id === 'programming')
      expect(programming?.provenance.articleIds.sort()).toEqual(
        [
          'ai-programmer-vs-data-operations-manager',
          'ai-programmer-vs-lead-machine-learning-engineer',
        ].sort(),
      )
    })
  })
})

describe('entity linker against the real taxonomy', () => {
  it('links both tools in "Tableau or Power BI"', () => {
    expect(linker.link('Tableau or Power BI')).toEqual(['tableau', 'power-bi'])
  })

  it('treats GCP and Google Cloud Platform as one entity', () => {
    expect(linker.link('GCP')).toEqual(['google-cloud'])
    expect(linker.link('Google Cloud Platform')).toEqual(['google-cloud'])
    expect(linker.link('Google Cloud')).toEqual(['google-cloud'])
  })

  it('does not find a "c" inside C++', () => {
    expect(linker.link('C++')).toEqual(['cpp'])
    expect(linker.link('C++').some((id) => id === 'c')).toBe(false)
  })

  it('treats the spellings of scikit-learn as one entity', () => {
    expect(linker.link('scikit-learn')).toEqual(['scikit-learn'])
    expect(linker.link('Scikit-learn')).toEqual(['scikit-learn'])
    expect(linker.link('sklearn')).toEqual(['scikit-learn'])
  })

  it('matches short aliases only in their exact case', () => {
    expect(linker.link('AI and ML')).toEqual(['artificial-intelligence', 'machine-learning'])
    expect(linker.link('said it with a mail')).toEqual([])
    expect(linker.link('AWS and Amazon Web Services')).toEqual(['aws'])
  })
})
