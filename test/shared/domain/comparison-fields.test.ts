import { describe, expect, it } from 'vitest'
import { copyTitle, defaultTitle, normaliseTags } from '@shared/domain/comparison-fields'

describe('comparison fields', () => {
  it('names roles "A vs B", within the title limit', () => {
    expect(defaultTitle(['A', 'B'])).toBe('A vs B')
    expect(defaultTitle(['A', 'B', 'C', 'D'])).toBe('A vs B vs C vs D')
    expect(defaultTitle(['x'.repeat(150), 'y'.repeat(150)])).toHaveLength(200)
  })

  it('marks a copy without going over the limit or splitting a character', () => {
    expect(copyTitle('Shortlist')).toBe('Shortlist (copy)')
    const emoji = `${'x'.repeat(192)}😀tail`
    expect(copyTitle(emoji)).toBe(`${'x'.repeat(192)} (copy)`)
    expect(copyTitle(`${'x'.repeat(190)}   ${'y'.repeat(20)}`)).toBe(`${'x'.repeat(190)} (copy)`)
  })

  it('trims tags and drops blanks and repeats that differ only in case', () => {
    expect(normaliseTags([' Career ', 'career', '', '  ', 'ML', 'ml '])).toEqual(['Career', 'ML'])
  })
})
