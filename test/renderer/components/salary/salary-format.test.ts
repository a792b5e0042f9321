import { describe, expect, it } from 'vitest'
import {
  formatAnswers,
  formatOptionCount,
  formatUsd,
  formatUsdShort,
} from '../../../../src/renderer/src/components/salary/salary-format'

describe('salary figures', () => {
  it('writes whole dollars with separators', () => {
    expect(formatUsd(123_000)).toBe('$123,000')
    expect(formatUsd(98_499.6)).toBe('$98,500')
  })

  it('writes thousands short enough for an axis', () => {
    expect(formatUsdShort(98_400)).toBe('$98k')
    expect(formatUsdShort(150_600)).toBe('$151k')
  })

  it('counts survey answers, singular and plural', () => {
    expect(formatAnswers(1)).toBe('1 answer')
    expect(formatAnswers(0)).toBe('0 answers')
    expect(formatAnswers(5841)).toBe('5,841 answers')
  })

  it('says "none" for a filter option that would leave nothing', () => {
    expect(formatOptionCount(0)).toBe('none')
    expect(formatOptionCount(1234)).toBe('1,234')
  })
})
