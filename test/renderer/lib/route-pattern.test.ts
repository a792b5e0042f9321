import { describe, expect, it } from 'vitest'
import { fillPattern, matchPattern } from '../../../src/renderer/src/lib/route-pattern'

describe('matchPattern', () => {
  it('gives the decoded value of each named segment', () => {
    expect(matchPattern('/plans/:id', '/plans/a%20b')).toEqual({ id: 'a b' })
    expect(matchPattern('/transition/:fromId/:toId', '/transition/x/y')).toEqual({
      fromId: 'x',
      toId: 'y',
    })
  })

  it('matches nothing on another literal, another length, an empty segment or a bad escape', () => {
    expect(matchPattern('/plans/:id', '/plan/x')).toBeUndefined()
    expect(matchPattern('/plans/:id', '/plans/x/y')).toBeUndefined()
    expect(matchPattern('/plans/:id', '/plans/')).toBeUndefined()
    expect(matchPattern('/plans/:id', '/plans/%E0%A4%A')).toBeUndefined()
    expect(matchPattern('', '/')).toBeUndefined()
  })
})

describe('fillPattern', () => {
  it('encodes each value, so matching the filled path gives the values back', () => {
    const params = { id: 'data/ml engineer?' }
    const path = fillPattern('/roles/:id', params)
    expect(path).toBe('/roles/data%2Fml%20engineer%3F')
    expect(matchPattern('/roles/:id', path)).toEqual(params)
  })
})
