import { describe, expect, it } from 'vitest'
import { endOfLocalDay, today } from '../../../../src/main/services/progress/as-of'

describe('as-of days', () => {
  it('ends a local day at its last millisecond', () => {
    const end = endOfLocalDay('2026-11-23')
    expect(end.getTime()).toBe(new Date(2026, 10, 24).getTime() - 1)
    expect(today(end)).toBe('2026-11-23')
    expect(today(new Date(end.getTime() + 1))).toBe('2026-11-24')
  })

  it('handles month and year ends and leap days', () => {
    expect(today(endOfLocalDay('2026-12-31'))).toBe('2026-12-31')
    expect(endOfLocalDay('2028-02-29').getTime()).toBe(new Date(2028, 2, 1).getTime() - 1)
  })

  it('reads years before 100 as themselves', () => {
    expect(endOfLocalDay('0050-06-01').getFullYear()).toBe(50)
  })
})
