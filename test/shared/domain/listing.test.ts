import { describe, it, expect } from 'vitest'
import {
  FeaturedListingSchema,
  FeaturedListingsSchema,
  ListingSalarySchema,
  isPlausibleSalary,
} from '@shared/domain/listing'
import { ArticleRefSchema } from '@shared/domain/role'

const listing = {
  title: 'Data Engineer',
  company: 'Lemon.io',
  location: 'Remote',
  employmentTypes: ['Full Time', 'Contract'],
  level: 'senior',
  salary: { currency: 'USD', min: 60_000, max: 120_000 },
}

describe('isPlausibleSalary', () => {
  it('accepts ordinary annual ranges, including the bounds and a single figure', () => {
    expect(isPlausibleSalary(60_000, 120_000)).toBe(true)
    expect(isPlausibleSalary(1_000, 2_000_000)).toBe(true)
    expect(isPlausibleSalary(95_000, 95_000)).toBe(true)
  })

  it('rejects placeholders and figures outside the bounds', () => {
    expect(isPlausibleSalary(1_111_111_000, 1_111_111_000)).toBe(false)
    expect(isPlausibleSalary(999, 50_000)).toBe(false)
    expect(isPlausibleSalary(100_000, 2_000_001)).toBe(false)
    expect(isPlausibleSalary(0, 0)).toBe(false)
  })

  it('rejects a reversed range and non-finite numbers', () => {
    expect(isPlausibleSalary(120_000, 60_000)).toBe(false)
    expect(isPlausibleSalary(Number.NaN, 60_000)).toBe(false)
    expect(isPlausibleSalary(60_000, Number.POSITIVE_INFINITY)).toBe(false)
  })
})

describe('FeaturedListingSchema', () => {
  it('parses a full listing', () => {
    expect(FeaturedListingSchema.parse(listing)).toEqual(listing)
  })

  it('allows a listing without level or salary', () => {
    const bare = { title: 'Software Engineer', company: 'Leidos', location: 'Herndon VA' }
    expect(
      FeaturedListingSchema.safeParse({ ...bare, employmentTypes: ['Full Time'] }).success,
    ).toBe(true)
  })

  it('needs at least one employment type and non-empty names', () => {
    expect(FeaturedListingSchema.safeParse({ ...listing, employmentTypes: [] }).success).toBe(false)
    expect(FeaturedListingSchema.safeParse({ ...listing, company: '' }).success).toBe(false)
  })

  it('knows only the four levels', () => {
    for (const level of ['entry', 'mid', 'senior', 'executive']) {
      expect(FeaturedListingSchema.safeParse({ ...listing, level }).success).toBe(true)
    }
    expect(
      FeaturedListingSchema.safeParse({ ...listing, level: 'Senior-level / Expert' }).success,
    ).toBe(false)
  })

  it('rejects a salary whose min exceeds its max', () => {
    const result = FeaturedListingSchema.safeParse({
      ...listing,
      salary: { currency: 'USD', min: 120_000, max: 60_000 },
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.some((issue) => issue.message.includes('min must not'))).toBe(true)
  })

  it('rejects implausible figures, which belong in `excluded`', () => {
    const salary = { currency: 'USD', min: 1_111_111_000, max: 1_111_111_000 }
    expect(FeaturedListingSchema.safeParse({ ...listing, salary }).success).toBe(false)
  })

  it('wants a three-letter upper-case currency code and whole units', () => {
    const salary = listing.salary
    expect(ListingSalarySchema.safeParse({ ...salary, currency: 'EUR' }).success).toBe(true)
    expect(ListingSalarySchema.safeParse({ ...salary, currency: 'usd' }).success).toBe(false)
    expect(ListingSalarySchema.safeParse({ ...salary, currency: '$' }).success).toBe(false)
    expect(ListingSalarySchema.safeParse({ ...salary, min: 60.5 }).success).toBe(false)
  })
})

describe('FeaturedListingsSchema', () => {
  it('keeps usable listings and excluded blocks with their reasons', () => {
    const value = {
      listings: [listing],
      excluded: [{ text: 'Expert @ Somewhere | USD 1111111K - 1111111K', reason: 'placeholder' }],
    }
    expect(FeaturedListingsSchema.parse(value)).toEqual(value)
  })

  it('requires a reason for every excluded block', () => {
    const value = { listings: [], excluded: [{ text: 'Expert @ Somewhere', reason: '' }] }
    expect(FeaturedListingsSchema.safeParse(value).success).toBe(false)
  })

  it('is an optional field of an article', () => {
    const article = { id: 'a', title: 'A vs. B' }
    expect(ArticleRefSchema.safeParse(article).success).toBe(true)
    const withListings = { ...article, listings: { listings: [listing], excluded: [] } }
    expect(ArticleRefSchema.parse(withListings).listings?.listings).toHaveLength(1)
  })
})
