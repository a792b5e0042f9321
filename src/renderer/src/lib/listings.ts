import type { FeaturedListing, ListingLevel, ListingSalary } from '@shared/domain/listing'

const levelLabels: Record<ListingLevel, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  executive: 'Executive',
}

function salaryText(salary: ListingSalary): string {
  const format = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: salary.currency,
    maximumFractionDigits: 0,
  })
  return `${format.format(salary.min)} – ${format.format(salary.max)}`
}

/**
 * "Company · Place · Full Time · Senior · $120,000 – $160,000", leaving out what the listing
 * does not print. One string, so the separators keep their spaces whichever parts it has.
 */
export function listingDetails(listing: FeaturedListing): string {
  return [
    listing.company,
    listing.location,
    listing.employmentTypes.join(', '),
    listing.level ? levelLabels[listing.level] : null,
    listing.salary ? salaryText(listing.salary) : null,
  ]
    .filter((part) => part !== null)
    .join(' · ')
}
