import { describe, expect, it } from 'vitest'
import { CompareSelection } from '../../../../src/renderer/src/components/library/compare-selection.svelte'

const role = (id: string) => ({ id, name: id.toUpperCase() })

describe('CompareSelection', () => {
  it('keeps the picks in the order they were made, with their names', () => {
    const selection = new CompareSelection()
    selection.pick(role('b'), true)
    selection.pick(role('a'), true)
    selection.pick(role('b'), true)
    expect(selection.ids).toEqual(['b', 'a'])
    expect(selection.picked.map((r) => r.name)).toEqual(['B', 'A'])
    selection.pick(role('b'), false)
    expect(selection.ids).toEqual(['a'])
  })

  it('holds at most four roles', () => {
    const selection = new CompareSelection()
    for (const id of ['a', 'b', 'c', 'd', 'e']) selection.pick(role(id), true)
    expect(selection.ids).toEqual(['a', 'b', 'c', 'd'])
    expect(selection.full).toBe(true)
    selection.clear()
    expect(selection.ids).toEqual([])
  })
})
