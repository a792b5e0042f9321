import { expect, it } from 'vitest'
import { withIndefiniteArticle } from '../../../src/renderer/src/lib/articles'

it('uses "an" before a vowel and "a" otherwise', () => {
  expect(withIndefiniteArticle('AI Programmer')).toBe('an AI Programmer')
  expect(withIndefiniteArticle('Data Manager')).toBe('a Data Manager')
  expect(withIndefiniteArticle('Operations Research Analyst')).toBe(
    'an Operations Research Analyst',
  )
  expect(withIndefiniteArticle('machine learning engineer')).toBe('a machine learning engineer')
})

it('reads a leading initialism letter by letter', () => {
  expect(withIndefiniteArticle('ML Engineer')).toBe('an ML Engineer')
  expect(withIndefiniteArticle('MLOps Engineer')).toBe('an MLOps Engineer')
  expect(withIndefiniteArticle('NLP Scientist')).toBe('an NLP Scientist')
  expect(withIndefiniteArticle('BI Analyst')).toBe('a BI Analyst')
  expect(withIndefiniteArticle('UX Researcher')).toBe('a UX Researcher')
})
