import { describe, expect, it } from 'vitest'
import { alsoCalled } from '../../../src/renderer/src/lib/aliases'

describe('alsoCalled', () => {
  it('names every title when there are few', () => {
    expect(alsoCalled(['BI Engineer'], 3)).toBe('Also called BI Engineer')
    expect(alsoCalled(['A', 'B', 'C'], 3)).toBe('Also called A, B and C')
  })

  it('names the first few and counts the rest of a long list', () => {
    const titles = Array.from({ length: 134 }, (_, index) => `Title ${index + 1}`)
    expect(alsoCalled(titles, 3)).toBe('Also called Title 1, Title 2, Title 3 and 131 more')
  })

  it('says nothing for a role with no other titles', () => {
    expect(alsoCalled([], 3)).toBe('')
  })
})
