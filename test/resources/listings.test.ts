import { describe, it, expect } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import { CatalogSchema } from '@shared/domain/catalog'
import { isPlausibleSalary, type FeaturedListings } from '@shared/domain/listing'

const catalog = CatalogSchema.parse(catalogJson)

/** "Featured Job" blocks counted by hand in each seed article's trailer (/work/shared/seeds). */
const expected: Record<string, { listings: number; excluded: number }> = {
  'ai-programmer-vs-data-operations-manager': { listings: 5, excluded: 1 },
  'data-operations-manager-vs-machine-learning-software-engineer': { listings: 5, excluded: 0 },
  'machine-learning-engineer-vs-data-operations-specialist': { listings: 5, excluded: 0 },
  'data-manager-vs-machine-learning-software-engineer': { listings: 6, excluded: 0 },
  'ai-programmer-vs-lead-machine-learning-engineer': { listings: 6, excluded: 0 },
}

const MOJIBAKE = /[โ๐Âยท€Ÿ]|\uFFFD/u

function listingsOf(id: string): FeaturedListings {
  const article = catalog.articles.find((a) => a.id === id)
  if (!article) throw new Error(`no article ${id}`)
  if (!article.listings) throw new Error(`article ${id} has no listings`)
  return article.listings
}

const all = catalog.articles.flatMap((article) => article.listings?.listings ?? [])
const allExcluded = catalog.articles.flatMap((article) => article.listings?.excluded ?? [])

describe('featured listings in the catalog', () => {
  it('parses', () => {
    expect(CatalogSchema.safeParse(catalogJson).success).toBe(true)
  })

  it.each(Object.entries(expected))('%s has every block of its trailer', (id, counts) => {
    const { listings, excluded } = listingsOf(id)
    expect(listings).toHaveLength(counts.listings)
    expect(excluded).toHaveLength(counts.excluded)
  })

  it('covers exactly the five seed articles', () => {
    const withListings = catalog.articles.filter((a) => a.listings).map((a) => a.id)
    expect(withListings.sort()).toEqual(Object.keys(expected).sort())
    expect(all).toHaveLength(27)
  })

  it('shows no implausible salary', () => {
    for (const { salary } of all) {
      if (salary)
        expect(isPlausibleSalary(salary.min, salary.max), JSON.stringify(salary)).toBe(true)
    }
  })

  it('excludes the USD 1111111K placeholder with a reason', () => {
    const { listings, excluded } = listingsOf('ai-programmer-vs-data-operations-manager')
    const placeholder = excluded.find((e) => e.text.includes('1111111K'))
    expect(placeholder?.text).toContain('Bioinformatic Expert')
    expect(placeholder?.reason).toMatch(/placeholder/i)
    expect(listings.some((l) => l.title.includes('Bioinformatic'))).toBe(false)
  })

  it('keeps the same job where the other article gives real figures', () => {
    const { listings } = listingsOf('ai-programmer-vs-lead-machine-learning-engineer')
    const job = listings.find((l) => l.title === 'Artificial Intelligence – Bioinformatic Expert')
    expect(job?.salary).toEqual({ currency: 'USD', min: 111_000, max: 211_000 })
  })

  it('reads run-together blocks, missing levels and other currencies', () => {
    const ops = listingsOf('data-operations-manager-vs-machine-learning-software-engineer')
    expect(ops.listings.map((l) => l.title)).toContain('Senior Data Scientist')
    const leidos = ops.listings.find((l) => l.company === 'Leidos')
    expect(leidos?.level).toBeUndefined()
    expect(leidos?.salary).toEqual({ currency: 'USD', min: 122_000, max: 220_000 })
    const promaton = listingsOf('data-manager-vs-machine-learning-software-engineer').listings.find(
      (l) => l.company === 'Promaton',
    )
    expect(promaton?.salary?.currency).toBe('EUR')
  })

  it('has no mojibake in any name or excluded text', () => {
    expect('Artificial Intelligence โ€“ Bioinformatic Expert').toMatch(MOJIBAKE)
    const texts = [
      ...all.flatMap((l) => [l.title, l.company, l.location, ...l.employmentTypes]),
      ...allExcluded.flatMap((e) => [e.text, e.reason]),
    ]
    for (const text of texts) expect(text).not.toMatch(MOJIBAKE)
  })
})
