import { describe, expect, it } from 'vitest'
import {
  overlapMatrix,
  pairViews,
} from '../../../../src/renderer/src/components/compare/overlap-rows'
import { routeHref } from '../../../../src/renderer/src/lib/route'
import type { Comparison } from '@shared/domain/compare/types'
import { twoRoles } from '../../compare-fixture'

const [analyst] = twoRoles.columns
const [pair] = twoRoles.pairs
if (!analyst || !pair) throw new Error('the fixture has two roles and their pair')

/** The fixture's two roles and a third, with no pair given for it and the manager. */
const threeRoles: Comparison = {
  ...twoRoles,
  columns: [
    ...twoRoles.columns,
    { ...analyst, role: { ...analyst.role, id: 'engineer', name: 'Data Engineer' } },
  ],
  pairs: [...twoRoles.pairs, { ...pair, secondId: 'engineer', score: 81 }],
}

describe('overlapMatrix', () => {
  it('gives each role its score against every other, whichever way the pair is named', () => {
    const matrix = overlapMatrix(threeRoles)
    expect(matrix.map((row) => row.name)).toEqual(['Data Analyst', 'Data Manager', 'Data Engineer'])
    expect(matrix.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['—', '56', '81'],
      ['56', '—', '–'],
      ['81', '–', '—'],
    ])
    expect(matrix[1]?.cells.map((cell) => cell.self)).toEqual([false, true, false])
  })
})

describe('pairViews', () => {
  it('names each pair by its roles and links the move both ways', () => {
    const [view] = pairViews(twoRoles)
    expect(view).toMatchObject({
      first: 'Data Analyst',
      second: 'Data Manager',
      score: 56,
      explanation: 'Both need Python; only the Data Analyst uses Tableau.',
    })
    expect(view?.forward).toBe(
      routeHref({ name: 'transition', fromId: 'analyst', toId: 'manager' }),
    )
    expect(view?.back).toBe(routeHref({ name: 'transition', fromId: 'manager', toId: 'analyst' }))
  })

  it('falls back to the id of a role the columns do not name', () => {
    const [view] = pairViews({ ...twoRoles, pairs: [{ ...pair, secondId: 'gone' }] })
    expect(view?.second).toBe('gone')
  })
})
