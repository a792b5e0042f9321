import { describe, expect, it } from 'vitest'
import { readFeaturedJobs } from '@shared/importer/featured-jobs'

describe('readFeaturedJobs', () => {
  it('reads marked blocks with blank lines between their parts', () => {
    const jobs = readFeaturedJobs([
      'Featured Job 👀',
      'Data Engineer',
      '',
      '@ Acme | Remote: Europe, UK',
      '',
      'Full Time Freelance Contract Senior-level / Expert USD 60K - 120K',
    ])
    expect(jobs).toEqual({
      listings: [
        {
          title: 'Data Engineer',
          company: 'Acme',
          location: 'Remote: Europe, UK',
          employmentTypes: ['Full Time', 'Freelance', 'Contract'],
          level: 'senior',
          salary: { currency: 'USD', min: 60_000, max: 120_000 },
        },
      ],
      excluded: [],
    })
  })

  it('keeps a listing without level or salary', () => {
    const jobs = readFeaturedJobs(['Analyst', '@ Beta | Oslo', 'Part-time'])
    expect(jobs.listings).toEqual([
      { title: 'Analyst', company: 'Beta', location: 'Oslo', employmentTypes: ['Part time'] },
    ])
  })

  it('reads a title that starts like an employment type as a title', () => {
    const jobs = readFeaturedJobs([
      'Contract Data Analyst',
      '@ Gamma | Paris',
      'Contract USD 50K - 60K',
    ])
    expect(jobs.listings[0]?.title).toBe('Contract Data Analyst')
  })

  it('excludes a block without company, a salary range upside down and a zero salary', () => {
    const jobs = readFeaturedJobs([
      'Featured Job',
      'Lonely Title',
      'Featured Job',
      'Backwards',
      '@ Delta | Rome',
      'Full Time USD 90K - 60K',
      'Nothing Paid',
      '@ Delta | Rome',
      'Full Time USD 0K - 0K',
    ])
    expect(jobs.listings).toEqual([])
    expect(jobs.excluded.map((e) => e.reason)).toEqual([
      'Incomplete listing: no company, no location, no employment type.',
      'Implausible salary “USD 90K - 60K”.',
      'Implausible salary “USD 0K - 0K”.',
    ])
  })
})
