import { describe, expect, it } from 'vitest'
import { matchTitleIds, titleMatches } from '@shared/domain/salary/titles'
import { dataManager, fixtureIndex } from './salary-fixtures'

describe('titleMatches', () => {
  it('is the name and the aliases, trimmed and lower-cased', () => {
    expect(
      titleMatches({
        name: 'Data Operations Specialist',
        aliases: [' DataOps Engineer ', 'DATA OPS'],
      }),
    ).toEqual(new Set(['data operations specialist', 'dataops engineer', 'data ops']))
  })
})

describe('matchTitleIds', () => {
  const index = fixtureIndex()
  const titlesOf = (role: { name: string; aliases: string[] }): string[] =>
    matchTitleIds(index, role).map((id) => index.titles[id] as string)

  it('matches every spelling of the name regardless of case', () => {
    expect(titlesOf(dataManager)).toEqual(['Data Manager', 'data manager'])
  })

  it('never matches a title that only contains the name', () => {
    expect(titlesOf(dataManager)).not.toContain('Senior Data Manager')
    expect(titlesOf({ name: 'Manager', aliases: ['Data'] })).toEqual([])
    expect(titlesOf({ name: 'Senior Data Manager', aliases: [] })).toEqual(['Senior Data Manager'])
  })

  it('matches through an alias', () => {
    expect(titlesOf({ name: 'Data Operations Specialist', aliases: ['DataOps Engineer'] })).toEqual(
      ['DataOps Engineer'],
    )
  })
})
