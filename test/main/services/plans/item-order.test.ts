import { describe, expect, it } from 'vitest'
import { insertAt, moveTo } from '../../../../src/main/services/plans/item-order'

describe('item order', () => {
  it('inserts at an index, or at the end when past it', () => {
    expect(insertAt(['a', 'b'], 'x', 0)).toEqual(['x', 'a', 'b'])
    expect(insertAt(['a', 'b'], 'x', 1)).toEqual(['a', 'x', 'b'])
    expect(insertAt(['a', 'b'], 'x', 9)).toEqual(['a', 'b', 'x'])
  })

  it('moves an item up, down, or to the end when past it', () => {
    expect(moveTo(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    expect(moveTo(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
    expect(moveTo(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a'])
    expect(moveTo(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c'])
  })
})
