import { describe, expect, it } from 'vitest'
import { compareRoles } from '@shared/domain/compare/compare-roles'
import type { Role, RoleItem } from '@shared/domain/role'
import { testRole } from '../fixtures'
import { articleMap, entityMap } from './compare-fixtures'

type Flags = Pick<RoleItem, 'hot' | 'inDemand'>

/** A role whose tool items carry O*NET's flags, as an occupation of the catalog does. */
function flaggedRole(id: string, tools: [entityId: string, flags: Flags][]): Role {
  const role = testRole(id, id, {
    skills: [['SQL', ['sql']]],
    tools: tools.map(([entityId]) => [entityId, [entityId]]),
  })
  const items = role.sections.tools.map((item, index) => ({ ...item, ...tools[index]?.[1] }))
  return { ...role, sections: { ...role.sections, tools: items } }
}

const compare = (...roles: Role[]) => compareRoles(roles, entityMap, articleMap).entities

describe('the O*NET flags of compared tools', () => {
  it('carries each role’s Hot Technology and In Demand flags onto the tools it names', () => {
    const entities = compare(
      flaggedRole('scientist', [
        ['tableau', { hot: true, inDemand: true }],
        ['power-bi', { hot: true }],
        ['airflow', {}],
      ]),
      testRole('seed', 'A seed role', { tools: [['Airflow', ['airflow']]] }),
    )
    expect(entities['tableau']).toMatchObject({ hot: true, inDemand: true, hotAndInDemand: true })
    expect(entities['power-bi']).toMatchObject({ hot: true })
    expect(entities['power-bi']?.hotAndInDemand).toBeUndefined()
    expect(entities['airflow']?.hot).toBeUndefined()
    expect(entities['sql']?.hot).toBeUndefined()
  })

  it('flags a seed role’s tool through another compared role that flags it', () => {
    const entities = compare(
      testRole('seed', 'A seed role', { tools: [['Tableau', ['tableau']]] }),
      flaggedRole('occupation', [['tableau', { hot: true, inDemand: true }]]),
    )
    expect(entities['tableau']).toMatchObject({
      hotAndInDemand: true,
      roleIds: ['seed', 'occupation'],
    })
  })

  it('does not join one role’s Hot flag to another’s In Demand flag', () => {
    const entities = compare(
      flaggedRole('first', [['tableau', { hot: true }]]),
      flaggedRole('second', [['tableau', { inDemand: true }]]),
    )
    expect(entities['tableau']).toMatchObject({ hot: true, inDemand: true })
    expect(entities['tableau']?.hotAndInDemand).toBeUndefined()
  })

  it('leaves the similarity score as it was: flags order the grid, they do not weigh', () => {
    const plain = compareRoles(
      [
        flaggedRole('a', [['tableau', {}]]),
        flaggedRole('b', [
          ['tableau', {}],
          ['airflow', {}],
        ]),
      ],
      entityMap,
      articleMap,
    )
    const flagged = compareRoles(
      [
        flaggedRole('a', [['tableau', { hot: true, inDemand: true }]]),
        flaggedRole('b', [
          ['tableau', { hot: true, inDemand: true }],
          ['airflow', {}],
        ]),
      ],
      entityMap,
      articleMap,
    )
    expect(flagged.pairs[0]?.score).toBe(plain.pairs[0]?.score)
  })
})
