import { describe, expect, it } from 'vitest'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import {
  savedCardRoles,
  savedCardRoute,
} from '../../../../src/renderer/src/components/saved/saved-card'
import { savedTwoRoles } from '../../compare-fixture'

const withGone: SavedComparisonView = {
  ...savedTwoRoles,
  roleIds: ['analyst', 'gone', 'manager', 'unnamed'],
  roleNames: ['Data Analyst', 'Prompt Whisperer', 'Data Manager'],
  missingRoleIds: ['gone'],
}

describe('savedCardRoles', () => {
  it('names each role in column order, dots between them, and says which left the library', () => {
    expect(savedCardRoles(withGone)).toEqual([
      { id: 'analyst', separator: '', text: 'Data Analyst', gone: false },
      {
        id: 'gone',
        separator: ' · ',
        text: 'Prompt Whisperer (no longer in the library)',
        gone: true,
      },
      { id: 'manager', separator: ' · ', text: 'Data Manager', gone: false },
      // A comparison saved without a name for a role shows its id rather than nothing.
      { id: 'unnamed', separator: ' · ', text: 'unnamed', gone: false },
    ])
  })
})

describe('savedCardRoute', () => {
  it('opens the roles still in the library, with the saved comparison named', () => {
    expect(savedCardRoute(withGone)).toEqual({
      name: 'compare',
      roleIds: ['analyst', 'manager', 'unnamed'],
      differencesOnly: false,
      savedId: savedTwoRoles.id,
    })
  })
})
