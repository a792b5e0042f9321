import { describe, expect, it } from 'vitest'
import {
  CompareScreen,
  controlKey,
} from '../../../../src/renderer/src/components/compare/compare-screen.svelte'

const ids = ['a', 'b', 'c', 'd']

describe('CompareScreen', () => {
  it('moves a column and keeps focus on the arrow pressed', () => {
    const screen = new CompareScreen()
    expect(screen.move(ids, 1, 1)).toEqual(['a', 'c', 'b', 'd'])
    expect(screen.takeFocus()).toEqual({ roleId: 'b', control: 'right' })
    expect(screen.takeFocus()).toBeUndefined()
  })

  it('hands focus to the other arrow when the column reaches an end', () => {
    const screen = new CompareScreen()
    expect(screen.move(ids, 1, -1)).toEqual(['b', 'a', 'c', 'd'])
    expect(screen.focusNext).toEqual({ roleId: 'b', control: 'right' })
    expect(screen.move(ids, 2, 1)).toEqual(['a', 'b', 'd', 'c'])
    expect(screen.focusNext).toEqual({ roleId: 'c', control: 'left' })
  })

  it('after a removal, focuses the remove button of the column that took its place', () => {
    const screen = new CompareScreen()
    expect(screen.remove(ids, 1)).toEqual(['a', 'c', 'd'])
    expect(screen.focusNext).toEqual({ roleId: 'c', control: 'remove' })
    expect(screen.remove(ids, 3)).toEqual(['a', 'b', 'c'])
    expect(screen.focusNext).toEqual({ roleId: 'c', control: 'remove' })
  })

  it('sends focus to the role picker when a removal leaves one role', () => {
    const screen = new CompareScreen()
    expect(screen.remove(['a', 'b'], 0)).toEqual(['b'])
    expect(screen.focusNext).toEqual({ control: 'picker' })
  })

  it('keeps focus in the picker after adding a column, or on the new column once full', () => {
    const screen = new CompareScreen()
    expect(screen.add(['a', 'b'], 'c')).toEqual(['a', 'b', 'c'])
    expect(screen.focusNext).toEqual({ control: 'picker' })
    expect(screen.add(['a', 'b', 'c'], 'd')).toEqual(ids)
    expect(screen.focusNext).toEqual({ roleId: 'd', control: 'remove' })
  })

  it('sends focus to the first action once a comparison opens from a button it replaces', () => {
    const screen = new CompareScreen()
    expect(screen.open(['a', 'b'])).toEqual(['a', 'b'])
    expect(screen.focusNext).toEqual({ control: 'details' })
  })

  it('returns focus to the button that opened the details form when it closes', () => {
    const screen = new CompareScreen()
    screen.openForm()
    expect(screen.editing).toBe(true)
    screen.closeForm()
    expect(screen.editing).toBe(false)
    expect(screen.focusNext).toEqual({ control: 'details' })
  })

  it('shows the view chosen, or the grid for three and four roles', () => {
    const screen = new CompareScreen()
    expect(screen.viewOf({ roleIds: ['a', 'b'] })).toBe('text')
    expect(screen.viewOf({ roleIds: ['a', 'b', 'c'] })).toBe('grid')
    expect(screen.viewOf({ roleIds: ['a', 'b', 'c'], view: 'text' })).toBe('text')
    expect(screen.viewOf({ roleIds: ['a', 'b'], view: 'grid' })).toBe('grid')
  })

  it('names each control once in the page', () => {
    expect(controlKey({ roleId: 'a', control: 'remove' })).toBe('remove:a')
    expect(controlKey({ control: 'picker' })).toBe('picker')
  })
})
