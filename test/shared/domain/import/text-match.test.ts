import { describe, expect, it } from 'vitest'
import {
  isNearDuplicate,
  normaliseText,
  wordSimilarity,
} from '../../../../src/shared/domain/import/text-match'

describe('normaliseText', () => {
  it('ignores case, accents, punctuation and spacing but keeps C++ and C#', () => {
    expect(normaliseText('  Proficiency in  Python,  SQL!  ')).toBe('proficiency in python sql')
    expect(normaliseText('Café-level résumé')).toBe('cafe level resume')
    expect(normaliseText('C++ or C#')).toBe('c++ or c#')
  })
})

describe('isNearDuplicate', () => {
  it('matches the same text written differently', () => {
    expect(
      isNearDuplicate({ text: 'Design data pipelines.' }, { text: 'design data pipelines' }),
    ).toBe(true)
  })

  it('matches plural and small-word changes of the same statement', () => {
    expect(
      isNearDuplicate(
        { text: 'Build and maintain the data pipelines for the analytics team' },
        { text: 'Build and maintain data pipeline for analytics team.' },
      ),
    ).toBe(true)
  })

  it('matches items with the same key whatever their descriptions say', () => {
    expect(
      isNearDuplicate(
        { key: 'Data Governance', text: 'Set the rules for how data is kept.' },
        { key: 'data governance', text: 'Own the policies on data quality and access.' },
      ),
    ).toBe(true)
  })

  it('keeps items apart that only share a few words', () => {
    expect(
      isNearDuplicate(
        { text: 'Experience with Python for data analysis' },
        { text: 'Experience with Tableau for reporting' },
      ),
    ).toBe(false)
    expect(isNearDuplicate({ text: 'SQL' }, { text: 'NoSQL' })).toBe(false)
  })

  it('scores word overlap from 0 to 1', () => {
    expect(wordSimilarity('data quality', 'data quality')).toBe(1)
    expect(wordSimilarity('data quality', 'model serving')).toBe(0)
    expect(wordSimilarity('', 'anything')).toBe(0)
  })
})
