import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareRoles } from '@shared/domain/compare/compare-roles'
import { entityMatrixToCsv } from '@shared/domain/compare/export-csv'
import type { Entity } from '@shared/domain/entity'
import { testRole } from '../fixtures'
import { articleMap, entityMap, roleArb } from './compare-fixtures'
import { parseCsv } from './csv-parser'

const analyst = testRole('analyst', 'Data Analyst', {
  skills: [['SQL and R', ['sql', 'r']]],
  tools: [['Tableau', ['tableau']]],
  industries: [['Finance', ['finance']]],
})
const engineer = testRole('engineer', 'ML Engineer', {
  skills: [['SQL', ['sql']]],
  tools: [['Power BI', ['power-bi']]],
  industries: [['Finance', ['finance']]],
})
const manager = testRole('manager', 'Data Manager', {
  tools: [['Tableau', ['tableau']]],
  skills: [['SQL and C++', ['sql', 'cpp']]],
})

describe('entityMatrixToCsv', () => {
  it('writes one row per entity, grouped then alphabetical, with CRLF line ends', () => {
    const csv = entityMatrixToCsv(compareRoles([analyst, engineer, manager], entityMap, articleMap))
    expect(csv).toBe(
      [
        'Entity,Kind,Group,Shared by,Data Analyst,ML Engineer,Data Manager',
        'C++,language,skills,only,,,yes',
        'R,language,skills,only,yes,,',
        'SQL,language,skills,all,yes,yes,yes',
        'Power BI,tool,tools,only,,yes,',
        'Tableau,tool,tools,some,yes,,yes',
        'Finance,industry,industries,some,yes,yes,',
        '',
      ].join('\r\n'),
    )
  })

  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    const quoted = testRole('quoted', 'Analyst, "senior"\nlevel', { skills: [['SQL', ['sql']]] })
    const csv = entityMatrixToCsv(compareRoles([quoted, analyst], entityMap, articleMap))
    expect(csv.split('\r\n')[0]).toBe(
      'Entity,Kind,Group,Shared by,"Analyst, ""senior""\nlevel",Data Analyst',
    )
  })

  it('defuses fields a spreadsheet would run as a formula', () => {
    const formulas: Entity[] = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map((name, i) => ({
      id: `formula-${i}`,
      name,
      kind: 'concept',
      aliases: [],
    }))
    const entities = new Map([...entityMap, ...formulas.map((e): [string, Entity] => [e.id, e])])
    const risky = testRole('risky', '=HYPERLINK("http://x")', {
      skills: [['Formulas', formulas.map((entity) => entity.id)]],
    })
    const rows = parseCsv(entityMatrixToCsv(compareRoles([risky, analyst], entities, articleMap)))
    expect(rows[0]?.[4]).toBe(`'=HYPERLINK("http://x")`)
    expect(rows.slice(1).map((row) => row[0])).toEqual(
      expect.arrayContaining(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]),
    )
  })
})

describe('entityMatrixToCsv properties', () => {
  const nameArb = fc.string({
    minLength: 1,
    unit: fc.constantFrom('a', ',', '"', '\r', '\n', '=', '-', ' '),
  })
  const guarded = (name: string): string => (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name)

  it('writes valid RFC 4180 that reads back to the role names and one row per entity', () => {
    fc.assert(
      fc.property(roleArb('a'), roleArb('b'), nameArb, nameArb, (a, b, first, second) => {
        const comparison = compareRoles(
          [
            { ...a, name: first },
            { ...b, name: second },
          ],
          entityMap,
          articleMap,
        )
        const rows = parseCsv(entityMatrixToCsv(comparison))
        expect(rows[0]).toEqual([
          'Entity',
          'Kind',
          'Group',
          'Shared by',
          guarded(first),
          guarded(second),
        ])
        expect(rows).toHaveLength(Object.keys(comparison.entities).length + 1)
        expect(rows.every((row) => row.length === 6)).toBe(true)
      }),
    )
  })
})
