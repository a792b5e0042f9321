import { describe, expect, it } from 'vitest'
import {
  initialDecision,
  toDecisions,
} from '../../../../src/renderer/src/components/article-import/role-decision'

describe('role decisions', () => {
  it('start as a merge into the suggested role, or as a new role under the article’s name', () => {
    expect(initialDecision('Data Manager', 'data-manager')).toEqual({
      action: 'merge',
      name: 'Data Manager',
      roleId: 'data-manager',
    })
    expect(initialDecision('Insight Engineer', null)).toEqual({
      action: 'new',
      name: 'Insight Engineer',
      roleId: '',
    })
  })

  it('become what main expects, with names trimmed', () => {
    expect(
      toDecisions([initialDecision('Data Manager', 'data-manager'), initialDecision(' X ', null)]),
    ).toEqual([
      { action: 'merge', roleId: 'data-manager' },
      { action: 'new', name: 'X' },
    ])
  })

  it('say what is missing instead', () => {
    expect(toDecisions([initialDecision('   ', null), initialDecision('X', null)])).toBe(
      'Give the new role a name.',
    )
    expect(
      toDecisions([initialDecision('X', null), { action: 'merge', name: 'Y', roleId: '' }]),
    ).toBe('Choose the role to merge into.')
  })
})
