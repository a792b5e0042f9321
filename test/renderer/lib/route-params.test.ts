import { describe, expect, it } from 'vitest'
import {
  listParam,
  listText,
  numberParam,
  on,
  sortParam,
} from '../../../src/renderer/src/lib/route-params'

describe('route params', () => {
  it('reads a list back as it was written, dropping empty parts a user typed', () => {
    expect(listParam(listText(['a', 'b']))).toEqual(['a', 'b'])
    expect(listParam('a,,b,')).toEqual(['a', 'b'])
    expect(listParam(null)).toEqual([])
  })

  it('writes a flag only when it is set', () => {
    expect(on(true)).toBe('1')
    expect(on(false)).toBeUndefined()
  })

  it('takes a number only when the text is one', () => {
    expect(numberParam('3.5')).toBe(3.5)
    expect(numberParam('')).toBeUndefined()
    expect(numberParam('lots')).toBeUndefined()
    expect(numberParam(null)).toBeUndefined()
  })

  it('takes only an order the library knows', () => {
    expect(sortParam('salary')).toBe('salary')
    expect(sortParam('random')).toBeUndefined()
  })
})
