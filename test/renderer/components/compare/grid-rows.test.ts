import { describe, expect, it } from 'vitest'
import {
  defaultCompareView,
  flagWords,
  gridGroups,
  TOOLS_SHOWN,
} from '../../../../src/renderer/src/components/compare/grid-rows'
import type { ComparedEntity, Comparison } from '@shared/domain/compare/types'
import { twoRoles } from '../../compare-fixture'

function entity(
  id: string,
  share: ComparedEntity['share'],
  roleIds: string[],
  flags: Pick<ComparedEntity, 'hot' | 'inDemand' | 'hotAndInDemand'> = {},
): ComparedEntity {
  return { id, name: id, kind: 'tool', group: 'tools', share, roleIds, ...flags }
}

const [first] = twoRoles.columns
if (!first) throw new Error('the fixture has no columns')

/** Three roles a, b, c; main sends the entities alphabetical, as it does. */
const threeRoles: Comparison = {
  ...twoRoles,
  columns: ['a', 'b', 'c'].map((id) => ({
    ...first,
    role: { ...first.role, id, name: id.toUpperCase() },
  })),
  entities: Object.fromEntries(
    [
      entity('airflow', 'only', ['c']),
      entity('docker', 'some', ['a', 'b']),
      entity('excel', 'all', ['a', 'b', 'c']),
      entity('git', 'only', ['a']),
      entity('spark', 'some', ['b', 'c']),
    ].map((e) => [e.id, e]),
  ),
}

const names = (comparison: Comparison, differencesOnly: boolean, group = 1): string[] =>
  gridGroups(comparison, differencesOnly)[group]?.rows.map((row) => row.entity.name) ?? []

describe('gridGroups', () => {
  it('gives one group per family, skills then tools then industries, with a mark per column', () => {
    const groups = gridGroups(twoRoles, false)
    expect(groups.map((g) => g.group)).toEqual(['skills', 'tools', 'industries'])
    expect(groups[0]?.rows).toEqual([
      {
        entity: twoRoles.entities['python'],
        flagWords: '',
        cells: [
          { marked: true, word: 'Yes' },
          { marked: true, word: 'Yes' },
        ],
      },
    ])
    expect(groups[2]?.rows).toEqual([])
  })

  it('puts what all share first, then what several share, then each role’s own in column order', () => {
    expect(names(threeRoles, false)).toEqual(['excel', 'docker', 'spark', 'git', 'airflow'])
    const marks = gridGroups(threeRoles, false)[1]
      ?.rows.at(-1)
      ?.cells.map((cell) => cell.marked)
    expect(marks).toEqual([false, false, true])
  })

  it('leaves out what every role shares under "Differences only", and counts what it left out', () => {
    const tools = gridGroups(threeRoles, true)[1]
    expect(tools?.rows.map((row) => row.entity.name)).toEqual(['docker', 'spark', 'git', 'airflow'])
    expect(tools?.hidden).toBe(1)
    expect(gridGroups(twoRoles, true)[0]).toEqual({
      group: 'skills',
      rows: [],
      hidden: 1,
      shown: 0,
    })
  })

  it('lists tools hot and in demand for a role first, then those with one flag, then the rest', () => {
    const flagged: Comparison = {
      ...threeRoles,
      entities: {
        ...threeRoles.entities,
        airflow: entity('airflow', 'only', ['c'], {
          hot: true,
          inDemand: true,
          hotAndInDemand: true,
        }),
        git: entity('git', 'only', ['a'], { hot: true }),
        spark: entity('spark', 'some', ['b', 'c'], { hot: true, inDemand: true }),
      },
    }
    // Spark is hot for one role and in demand for another: one flag's band, not the first.
    expect(names(flagged, false)).toEqual(['airflow', 'spark', 'git', 'excel', 'docker'])
  })

  it('shows the first dozen tools and keeps the rest for "Show more"; other families in full', () => {
    const many: Record<string, ComparedEntity> = {}
    for (let i = 0; i < 30; i++) {
      const id = `tool-${String(i).padStart(2, '0')}`
      many[id] = entity(
        id,
        'only',
        ['a'],
        i % 2 ? { hot: true, inDemand: true, hotAndInDemand: true } : {},
      )
      many[`skill-${i}`] = {
        ...entity(`skill-${i}`, 'only', ['a']),
        kind: 'concept',
        group: 'skills',
      }
    }
    const [skills, tools] = gridGroups({ ...threeRoles, entities: many }, false)
    expect(skills?.shown).toBe(30)
    expect(tools?.rows).toHaveLength(30)
    expect(tools?.shown).toBe(TOOLS_SHOWN)
    expect(tools?.rows.slice(0, TOOLS_SHOWN).every((row) => row.entity.hotAndInDemand)).toBe(true)
    expect(gridGroups(threeRoles, false)[1]?.shown).toBe(5)
  })

  it('gives back the same row objects when "Differences only" changes, so the grid keeps them', () => {
    const docker = (differencesOnly: boolean) =>
      gridGroups(threeRoles, differencesOnly)[1]?.rows.find((row) => row.entity.id === 'docker')
    expect(docker(true)).toBe(docker(false))
  })

  it('draws the marks anew when the same entities come with the columns in another order', () => {
    const reordered = { ...threeRoles, columns: [...threeRoles.columns].reverse() }
    gridGroups(threeRoles, false)
    const airflow = gridGroups(reordered, false)[1]?.rows.find((row) => row.entity.id === 'airflow')
    expect(airflow?.cells.map((cell) => cell.word)).toEqual(['Yes', 'No', 'No'])
  })
})

describe('flagWords', () => {
  it('words a tool’s O*NET flags as screen readers hear them', () => {
    expect(flagWords({ hot: true, inDemand: true, hotAndInDemand: true })).toBe(
      'hot technology and in demand',
    )
    expect(flagWords({ hot: true, inDemand: true })).toBe('hot technology, in demand')
    expect(flagWords({ hot: true })).toBe('hot technology')
  })
})

describe('defaultCompareView', () => {
  it('opens three or four roles as the grid and two as the full text', () => {
    expect([2, 3, 4].map(defaultCompareView)).toEqual(['text', 'grid', 'grid'])
  })
})
