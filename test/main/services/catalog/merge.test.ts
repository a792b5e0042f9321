import { describe, expect, it } from 'vitest'
import { mergeBuiltInCatalog } from '../../../../src/main/services/catalog/merge'
import type { Catalog } from '@shared/domain/catalog'
import type { Role } from '@shared/domain/role'

function role(id: string, origin: Role['origin'], summary = `${id} summary`): Role {
  const empty = {
    responsibilities: [],
    skills: [],
    education: [],
    tools: [],
    industries: [],
    tips: [],
  }
  return {
    id,
    name: id,
    aliases: [],
    summary,
    origin,
    sections: empty,
    outlook: { statements: [], figures: [] },
  }
}

function catalog(version: number, roles: Role[]): Catalog {
  return { version, articles: [], roles }
}

describe('mergeBuiltInCatalog', () => {
  it('installs the catalog into an empty database', () => {
    const merged = mergeBuiltInCatalog(
      { catalogVersion: 0, roles: [] },
      catalog(1, [role('a', 'builtin')]),
    )
    expect(merged).toEqual({ catalogVersion: 1, roles: [role('a', 'builtin')] })
  })

  it('does nothing when the stored catalog is the same version or newer', () => {
    const state = { catalogVersion: 3, roles: [role('a', 'builtin')] }
    expect(mergeBuiltInCatalog(state, catalog(3, []))).toBeNull()
    expect(mergeBuiltInCatalog(state, catalog(2, []))).toBeNull()
  })

  it('replaces built-in roles and keeps the user’s own and imported roles untouched', () => {
    const mine = role('my-role', 'user', 'written by me')
    const imported = role('imported-role', 'imported')
    const state = {
      catalogVersion: 1,
      roles: [role('a', 'builtin', 'old'), role('gone', 'builtin'), mine, imported],
    }
    const merged = mergeBuiltInCatalog(
      state,
      catalog(2, [role('a', 'builtin', 'new'), role('b', 'builtin')]),
    )
    expect(merged?.catalogVersion).toBe(2)
    expect(merged?.roles.map((r) => [r.id, r.summary])).toEqual([
      ['a', 'new'],
      ['b', 'b summary'],
      ['my-role', 'written by me'],
      ['imported-role', 'imported-role summary'],
    ])
    expect(merged?.roles[2]).toBe(mine)
  })

  it('never replaces a user role that shares an id with a new built-in one', () => {
    const mine = role('a', 'user', 'mine')
    const merged = mergeBuiltInCatalog(
      { catalogVersion: 1, roles: [mine] },
      catalog(2, [role('a', 'builtin')]),
    )
    expect(merged?.roles).toEqual([mine])
  })
})
