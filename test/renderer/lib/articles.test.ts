import { expect, it } from 'vitest'
import { withIndefiniteArticle } from '../../../src/renderer/src/lib/articles'

it('uses "an" before a vowel and "a" otherwise', () => {
  expect(withIndefiniteArticle('AI Programmer')).toBe('an AI Programmer')
  expect(withIndefiniteArticle('Data Manager')).toBe('a Data Manager')
})
