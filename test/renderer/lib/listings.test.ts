import { describe, expect, it } from 'vitest'
import { listingDetails } from '../../../src/renderer/src/lib/listings'

describe('listingDetails', () => {
  it('joins what a listing prints with spaced separators, pay as a currency range', () => {
    expect(
      listingDetails({
        title: 'Data Engineer',
        company: 'Northwind Data',
        location: 'Remote',
        employmentTypes: ['Full Time', 'Contract'],
        level: 'mid',
        salary: { currency: 'USD', min: 95_000, max: 125_000 },
      }),
    ).toBe('Northwind Data · Remote · Full Time, Contract · Mid level · $95,000 – $125,000')
  })

  it('leaves out the level and pay when the listing does not print them', () => {
    expect(
      listingDetails({
        title: 'Analyst',
        company: 'City Hospital',
        location: 'Boston, MA',
        employmentTypes: ['Part Time'],
      }),
    ).toBe('City Hospital · Boston, MA · Part Time')
  })
})
