import { describe, expect, it } from 'vitest'
import { formatDay, formatTime, isIsoDay, todayIso } from '../../../src/renderer/src/lib/dates'

describe('isIsoDay', () => {
  it('accepts a real day written yyyy-mm-dd', () => {
    expect(isIsoDay('2026-11-23')).toBe(true)
    expect(isIsoDay('2024-02-29')).toBe(true)
  })

  it('refuses days that do not exist, and text that is not a day', () => {
    expect(isIsoDay('2026-02-30')).toBe(false)
    expect(isIsoDay('2025-02-29')).toBe(false)
    expect(isIsoDay('2026-13-01')).toBe(false)
    expect(isIsoDay('2026-00-10')).toBe(false)
    expect(isIsoDay('2026-1-5')).toBe(false)
    expect(isIsoDay('garbage')).toBe(false)
    expect(isIsoDay(' 2026-11-23')).toBe(false)
    expect(isIsoDay('')).toBe(false)
  })
})

describe('todayIso', () => {
  it('names the local day of the time given', () => {
    const noon = new Date(2026, 10, 23, 12, 0)
    expect(todayIso(noon)).toBe('2026-11-23')
  })

  it('counts a minute before midnight as the day it ends', () => {
    expect(todayIso(new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01')
    expect(todayIso(new Date(2026, 0, 2, 0, 0))).toBe('2026-01-02')
  })
})

describe('formatDay', () => {
  it('writes a day with its month in words', () => {
    expect(formatDay('2026-11-23')).toBe('23 Nov 2026')
    expect(formatDay('2027-01-05')).toBe('5 Jan 2027')
  })
})

describe('formatTime', () => {
  it('writes the local day and time of an instant', () => {
    const local = new Date(2026, 10, 23, 14, 5)
    expect(formatTime(local.toISOString())).toBe('23 Nov 2026, 14:05')
  })
})
