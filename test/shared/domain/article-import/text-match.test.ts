import { describe, expect, it } from 'vitest'
import { normaliseText } from '@shared/domain/article-import/text-match'

describe('normaliseText', () => {
  it('ignores case, accents, punctuation and spacing but keeps C++ and C#', () => {
    expect(normaliseText('  Proficiency in  Python,  SQL!  ')).toBe('proficiency in python sql')
    expect(normaliseText('Café-level résumé')).toBe('cafe level resume')
    expect(normaliseText('C++ or C#')).toBe('c++ or c#')
  })
})
