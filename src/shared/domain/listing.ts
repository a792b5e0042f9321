import { z } from 'zod'
import { LISTING_BLOCK_MAX, LISTING_FIELD_MAX } from './text-limits'

/**
 * Bounds for a believable annual pay figure, in whole units of the listing's currency.
 * Seed trailers carry placeholders such as "USD 1111111K - 1111111K"; anything outside
 * these bounds is kept out of the listings rather than shown as a figure.
 */
const PLAUSIBLE_SALARY_MIN = 1_000
const PLAUSIBLE_SALARY_MAX = 2_000_000

/** True when `min`–`max` could be a real annual pay range: finite, in bounds, `min ≤ max`. */
export function isPlausibleSalary(min: number, max: number): boolean {
  return (
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    min >= PLAUSIBLE_SALARY_MIN &&
    max <= PLAUSIBLE_SALARY_MAX &&
    min <= max
  )
}

/** How a listing states its seniority ("Entry-level / Junior" → `entry`, …). */
const ListingLevelSchema = z.enum(['entry', 'mid', 'senior', 'executive'])
export type ListingLevel = z.infer<typeof ListingLevelSchema>

/** A listing's pay range, per year, in whole units ("USD 60K - 120K" → 60000–120000). */
export const ListingSalarySchema = z
  .object({
    /** ISO 4217 code as printed, e.g. "USD", "EUR". */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code'),
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative(),
  })
  .refine((salary) => salary.min <= salary.max, {
    message: 'min must not exceed max',
    path: ['max'],
  })
  .refine((salary) => isPlausibleSalary(salary.min, salary.max), {
    message: 'implausible figures belong in `excluded`, not in the listings',
  })
export type ListingSalary = z.infer<typeof ListingSalarySchema>

/** One "Featured Job" block from the end of an article. */
export const FeaturedListingSchema = z.object({
  title: z.string().min(1).max(LISTING_FIELD_MAX),
  company: z.string().min(1).max(LISTING_FIELD_MAX),
  location: z.string().min(1).max(LISTING_FIELD_MAX),
  /** As printed, e.g. ['Full Time', 'Contract']. */
  employmentTypes: z.array(z.string().min(1).max(LISTING_FIELD_MAX)).min(1).max(20),
  level: ListingLevelSchema.optional(),
  salary: ListingSalarySchema.optional(),
})
export type FeaturedListing = z.infer<typeof FeaturedListingSchema>

/** A block left out of `listings`, with the block as printed and why it was left out. */
const ExcludedListingSchema = z.object({
  text: z.string().min(1).max(LISTING_BLOCK_MAX),
  reason: z.string().min(1).max(LISTING_FIELD_MAX),
})

/** Every "Featured Job" block of one article: usable ones and the ones left out. */
export const FeaturedListingsSchema = z.object({
  listings: z.array(FeaturedListingSchema),
  excluded: z.array(ExcludedListingSchema),
})
export type FeaturedListings = z.infer<typeof FeaturedListingsSchema>
