import { describe, expect, it } from 'vitest'
import { EntityLinker } from '@shared/domain/entity-linker'
import { testEntities } from './fixtures'

const linker = new EntityLinker(testEntities)

describe('EntityLinker', () => {
  it('links every entity of an "or" list', () => {
    expect(linker.link('Tableau or Power BI for data visualization')).toEqual([
      'tableau',
      'power-bi',
    ])
  })

  it('resolves aliases to one id, ignoring case for long spellings', () => {
    expect(linker.link('GCP')).toEqual(['google-cloud'])
    expect(linker.link('google cloud platform')).toEqual(['google-cloud'])
    expect(linker.link('Scikit-learn and sklearn')).toEqual(['scikit-learn'])
  })

  it('prefers the longest spelling where two overlap', () => {
    expect(linker.mentions('Google Cloud Platform')).toEqual([
      { entityId: 'google-cloud', start: 0, end: 21 },
    ])
  })

  it('does not find short names inside longer words or symbols', () => {
    expect(linker.link('C++ and C')).toEqual(['cpp', 'c'])
    expect(linker.link('NoSQL stores')).toEqual(['nosql'])
    expect(linker.link('Research and reporting')).toEqual([])
    expect(linker.link('a r b')).toEqual([])
    expect(linker.link('R and Python')).toEqual(['r'])
  })

  it('counts plurals of longer names', () => {
    expect(linker.link('Build data pipelines')).toEqual(['data-pipeline'])
  })

  it('finds nothing in text that names nothing', () => {
    expect(linker.link('Communicate clearly with stakeholders')).toEqual([])
  })
})
