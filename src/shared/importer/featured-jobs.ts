import {
  isPlausibleSalary,
  type FeaturedListing,
  type FeaturedListings,
  type ListingLevel,
} from '../domain/listing'

/** The line each block of the trailer may start with ("Featured Job 👀"). */
export const FEATURED_JOB_MARK = /^featured jobs?\b/i

const EMPLOYMENT_TYPE =
  /^(full[ -]time|part[ -]time|contract|freelance|internship|temporary|volunteer)\s*/i
const LEVELS: readonly [RegExp, ListingLevel][] = [
  [/^entry-level\s*\/\s*junior\s*/i, 'entry'],
  [/^mid-level\s*\/\s*intermediate\s*/i, 'mid'],
  [/^senior-level\s*\/\s*expert\s*/i, 'senior'],
  [/^executive-level\s*\/\s*director\s*/i, 'executive'],
]
// "USD 100K - 130K"; the trailer may glue the next title straight after the last "K".
const SALARY = /^([A-Z]{3})\s*(\d+(?:[.,]\d+)*)\s*([KkMm])?\s*[-–]\s*(\d+(?:[.,]\d+)*)\s*([KkMm])?/

interface Details {
  employmentTypes: string[]
  level?: ListingLevel
  salary?: { currency: string; min: number; max: number; printed: string }
  /** Whatever follows the details on the same line: the next listing's title. */
  rest: string
}

interface Draft {
  lines: string[]
  title?: string
  company?: string
  location?: string
  details?: Details
}

function amount(figure: string, unit: string | undefined): number {
  const value = Number(figure.replace(/,/g, ''))
  const factor = unit?.toLowerCase() === 'k' ? 1_000 : unit?.toLowerCase() === 'm' ? 1_000_000 : 1
  return Math.round(value * factor)
}

/** Reads "Full Time Senior-level / Expert USD 60K - 120K…", or null when the line is not one. */
function readDetails(line: string): Details | null {
  let rest = line
  const employmentTypes: string[] = []
  for (let match = EMPLOYMENT_TYPE.exec(rest); match; match = EMPLOYMENT_TYPE.exec(rest)) {
    employmentTypes.push((match[1] ?? '').replace('-', ' '))
    rest = rest.slice(match[0].length)
  }
  let level: ListingLevel | undefined
  for (const [pattern, value] of LEVELS) {
    const match = pattern.exec(rest)
    if (!match) continue
    level = value
    rest = rest.slice(match[0].length)
    break
  }
  const salaryMatch = SALARY.exec(rest)
  const salary = salaryMatch
    ? {
        currency: salaryMatch[1] ?? '',
        min: amount(salaryMatch[2] ?? '', salaryMatch[3]),
        max: amount(salaryMatch[4] ?? '', salaryMatch[5]),
        printed: salaryMatch[0].trim(),
      }
    : undefined
  if (salaryMatch) rest = rest.slice(salaryMatch[0].length)
  if (employmentTypes.length === 0 && !level && !salary) return null
  return { employmentTypes, ...(level && { level }), ...(salary && { salary }), rest: rest.trim() }
}

/** Reads "@ Company | Location". */
function readCompany(line: string): { company: string; location: string } | null {
  const match = /^@\s*(.*)$/.exec(line)
  if (!match) return null
  const [company = '', ...location] = (match[1] ?? '').split('|')
  return { company: company.trim(), location: location.join('|').trim() }
}

function finish(draft: Draft, into: FeaturedListings): void {
  if (draft.lines.length === 0) return
  const text = draft.lines.join('\n')
  const { title, company, location, details } = draft
  const missing = [
    !title && 'title',
    !company && 'company',
    !location && 'location',
    !details?.employmentTypes.length && 'employment type',
  ].filter((part) => part !== false)
  if (missing.length > 0) {
    into.excluded.push({ text, reason: `Incomplete listing: no ${missing.join(', no ')}.` })
    return
  }
  const salary = details?.salary
  if (salary && !isPlausibleSalary(salary.min, salary.max)) {
    into.excluded.push({ text, reason: `Implausible salary “${salary.printed}”.` })
    return
  }
  const listing: FeaturedListing = {
    title: title ?? '',
    company: company ?? '',
    location: location ?? '',
    employmentTypes: details?.employmentTypes ?? [],
    ...(details?.level && { level: details.level }),
    ...(salary && { salary: { currency: salary.currency, min: salary.min, max: salary.max } }),
  }
  into.listings.push(listing)
}

/**
 * Reads the featured-jobs trailer: blocks of title, "@ Company | Location" and a details line
 * (employment types, level, salary). Blocks may be marked "Featured Job" or glued together
 * ("…USD 100K - 130KSenior Data Scientist"). Incomplete blocks and implausible salaries go to
 * `excluded` with the reason, the block as printed.
 */
export function readFeaturedJobs(lines: readonly string[]): FeaturedListings {
  const jobs: FeaturedListings = { listings: [], excluded: [] }
  let draft: Draft = { lines: [] }
  const startListing = (title: string): void => {
    finish(draft, jobs)
    draft = { lines: [title], title }
  }
  for (const line of lines) {
    if (line === '') continue
    if (FEATURED_JOB_MARK.test(line)) {
      finish(draft, jobs)
      draft = { lines: [] }
      continue
    }
    const company = draft.company === undefined ? readCompany(line) : null
    if (company) {
      draft.lines.push(line)
      draft.company = company.company
      draft.location = company.location
      continue
    }
    const details = draft.company !== undefined && !draft.details ? readDetails(line) : null
    if (!details) {
      startListing(line)
      continue
    }
    draft.details = details
    draft.lines.push(
      details.rest === '' ? line : line.slice(0, line.length - details.rest.length).trim(),
    )
    if (details.rest !== '') startListing(details.rest)
  }
  finish(draft, jobs)
  return jobs
}
