import { describe, expect, it } from 'vitest'
import {
  defaultCompareView,
  flagWords,
  gridGroups,
  gridRows,
  rowsInView,
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
  gridGroups(comparison, differencesOnly)[group]?.entities.map((entity) => entity.name) ?? []

const roleIdsOf = (comparison: Comparison): string[] =>
  comparison.columns.map((column) => column.role.id)

/** The rows of group `group` (tools by default), all of them drawn. */
const rowsOf = (comparison: Comparison, differencesOnly: boolean, group = 1) =>
  gridRows(gridGroups(comparison, differencesOnly)[group]?.entities ?? [], roleIdsOf(comparison))

describe('gridGroups', () => {
  it('gives one group per family, skills then tools then industries, with a mark per column', () => {
    const groups = gridGroups(twoRoles, false)
    expect(groups.map((g) => g.group)).toEqual(['skills', 'tools', 'industries'])
    expect(gridRows(groups[0]?.entities ?? [], roleIdsOf(twoRoles))).toEqual([
      {
        entity: twoRoles.entities['python'],
        flagWords: '',
        cells: [
          { marked: true, word: 'Yes' },
          { marked: true, word: 'Yes' },
        ],
      },
    ])
    expect(groups[2]?.entities).toEqual([])
  })

  it('puts what all share first, then what several share, then each role’s own in column order', () => {
    expect(names(threeRoles, false)).toEqual(['excel', 'docker', 'spark', 'git', 'airflow'])
    const marks = rowsOf(threeRoles, false)
      .at(-1)
      ?.cells.map((cell) => cell.marked)
    expect(marks).toEqual([false, false, true])
  })

  it('leaves out what every role shares under "Differences only", and counts what it left out', () => {
    const tools = gridGroups(threeRoles, true)[1]
    expect(tools?.entities.map((entity) => entity.name)).toEqual([
      'docker',
      'spark',
      'git',
      'airflow',
    ])
    expect(tools?.hidden).toBe(1)
    expect(gridGroups(twoRoles, true)[0]).toEqual({
      group: 'skills',
      entities: [],
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
    expect(tools?.entities).toHaveLength(30)
    expect(tools?.shown).toBe(TOOLS_SHOWN)
    expect(tools?.entities.slice(0, TOOLS_SHOWN).every((entity) => entity.hotAndInDemand)).toBe(
      true,
    )
    expect(gridGroups(threeRoles, false)[1]?.shown).toBe(5)
  })

  it('gives back the same row objects when "Differences only" changes, so the grid keeps them', () => {
    const docker = (differencesOnly: boolean) =>
      rowsOf(threeRoles, differencesOnly).find((row) => row.entity.id === 'docker')
    expect(docker(true)).toBe(docker(false))
  })

  it('draws the marks anew when the same entities come with the columns in another order', () => {
    const reordered = { ...threeRoles, columns: [...threeRoles.columns].reverse() }
    gridGroups(threeRoles, false)
    const airflow = rowsOf(reordered, false).find((row) => row.entity.id === 'airflow')
    expect(airflow?.cells.map((cell) => cell.word)).toEqual(['Yes', 'No', 'No'])
  })
})

describe('rowsInView', () => {
  it('counts the rows a newly opened grid can show in windows of common heights', () => {
    // 1280 × 860: five to seven rows show below the overlap summary; 1920 × 1080: up to 14.
    expect(rowsInView(860)).toBe(7)
    expect(rowsInView(1080)).toBe(15)
    // 800 × 600: the grid starts below the window.
    expect(rowsInView(600)).toBe(0)
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
