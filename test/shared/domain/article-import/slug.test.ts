import { describe, expect, it } from 'vitest'
import { slugify, uniqueId } from '@shared/domain/article-import/slug'

describe('slugify', () => {
  it('joins the first words in lower case with hyphens', () => {
    expect(slugify('Data Operations Specialist', 'x')).toBe('data-operations-specialist')
    expect(slugify('Learn C++ and C# — then ship one small project a week', 'x')).toBe(
      'learn-c-plus-plus-and-c',
    )
  })

  it('falls back when there is nothing to make an id from', () => {
    expect(slugify('— · —', 'imported-role')).toBe('imported-role')
  })
})

describe('uniqueId', () => {
  it('numbers an id that is taken', () => {
    expect(uniqueId('a', new Set())).toBe('a')
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3')
  })
})
