import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareRoles } from '@shared/domain/compare/compare-roles'
import { comparisonToMarkdown } from '@shared/domain/compare/export-markdown'
import { SIMILARITY_FORMULA } from '@shared/domain/compare/similarity'
import type { Role } from '@shared/domain/role'
import { testRole } from '../fixtures'
import { articleMap, entityMap, roleArb } from './compare-fixtures'

const analyst = testRole('analyst', 'Data Analyst', {
  responsibilities: [['Build dashboards', ['tableau']]],
  skills: [['SQL and R', ['sql', 'r']]],
  tools: [['Tableau', ['tableau']]],
  industries: [['Finance', ['finance']]],
  tips: [['Build a portfolio', []]],
})
const manager: Role = {
  ...testRole('manager', 'Data Manager', {
    skills: [['SQL', ['sql']]],
    tools: [['Tableau or Power BI', ['tableau', 'power-bi']]],
  }),
  outlook: {
    statements: [
      {
        id: 'demand',
        text: 'Demand keeps growing.',
        entityIds: [],
        provenance: { origin: 'catalog', articleIds: ['a1'] },
      },
    ],
    figures: [
      {
        id: 'growth',
        kind: 'growth',
        label: 'Projected growth',
        value: 12,
        unit: 'percent',
        period: '2024–2034',
        source: 'Synthetic Bureau',
        provenance: { origin: 'catalog', articleIds: ['a1'] },
      },
      {
        id: 'salary',
        kind: 'salary',
        label: 'Average salary',
        value: 104000,
        unit: 'usd-per-year',
        period: 'as reported in May 2024',
        source: 'Synthetic Salaries',
        provenance: { origin: 'catalog', articleIds: ['a1'] },
      },
    ],
  },
}
const comparison = compareRoles([analyst, manager], entityMap, articleMap)
const exportedAt = new Date(2025, 0, 19, 12, 30)
const markdown = comparisonToMarkdown(comparison, {
  title: 'Analyst or manager?',
  notes: 'Leaning towards the manager role.',
  exportedAt,
})

describe('comparisonToMarkdown', () => {
  it('starts with the title, the local export date and the compared roles', () => {
    expect(markdown).toMatch(
      /^# Analyst or manager\?\n\nExported from Role Atlas on 2025-01-19\.\n\n## Roles compared\n\n- Data Analyst\n- Data Manager\n\n/,
    )
  })

  it('has every section, then the overlap, the notes and the sources, in that order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## Roles compared',
      '## Summary',
      '## Responsibilities',
      '## Required skills',
      '## Education',
      '## Tools and software',
      '## Common industries',
      '## Outlook',
      '## Practical tips',
      '## How much they overlap',
      '## Notes',
      '## Sources',
    ])
  })

  it('lists each role’s items under its own name, with every entity’s share in words', () => {
    expect(markdown).toContain(
      '## Required skills\n\n### Data Analyst\n\n- SQL and R — SQL (shared by all), R (only this role)' +
        '\n\n### Data Manager\n\n- SQL — SQL (shared by all)\n\n## Education\n\n### Data Analyst\n\n_None listed._',
    )
    expect(markdown).toContain(
      '- Tableau or Power BI — Tableau (shared by all), Power BI (only this role)',
    )
    expect(markdown).toContain('- Build a portfolio\n')
  })

  it('gives every outlook figure with its value, unit, period and source', () => {
    expect(markdown).toContain(
      '### Data Manager\n\n- Demand keeps growing.\n' +
        '- Projected growth: 12% (2024–2034; source: Synthetic Bureau)\n' +
        '- Average salary: $104,000 a year (as reported in May 2024; source: Synthetic Salaries)',
    )
  })

  it('summarises the overlap of every pair', () => {
    const [pair] = comparison.pairs
    expect(markdown).toContain(
      `## How much they overlap\n\n${SIMILARITY_FORMULA}\n\n### Data Analyst and Data Manager\n\n` +
        `Similarity: ${pair?.score} out of 100.\n\n` +
        '- Skills: 1 shared, 1 only Data Analyst, 0 only Data Manager\n' +
        '- Tools: 1 shared, 0 only Data Analyst, 1 only Data Manager\n' +
        '- Industries: 0 shared, 1 only Data Analyst, 0 only Data Manager\n\n' +
        `${pair?.explanation}\n\n## Notes\n\nLeaning towards the manager role.`,
    )
  })

  it('ends with the cited articles', () => {
    expect(markdown).toMatch(/## Sources\n\n- Synthetic Role vs\. Role, published 2024-05-01\n$/)
  })

  it('leaves out the notes heading when there are no notes', () => {
    for (const notes of ['', '  \n\t\n ']) {
      const text = comparisonToMarkdown(comparison, { title: 'T', notes, exportedAt })
      expect(text).not.toContain('## Notes')
    }
  })

  it('keeps the title and notes from adding HTML, links or structure', () => {
    const text = comparisonToMarkdown(comparison, {
      title: '<img src=x onerror=alert(1)> *big* [x](javascript:alert(1))',
      notes:
        '# Not a heading\n<script>alert(1)</script>\n\n\n\n    not code\n- not a list\n1. not a list\n' +
        '> not a quote\n---\n`not code` _not emphasis_ | not a table | AT&T &lt;',
      exportedAt,
    })
    expect(text).toContain(
      '# &lt;img src=x onerror=alert(1)&gt; \\*big\\* \\[x\\](javascript:alert(1))\n',
    )
    expect(text).toContain(
      '## Notes\n\n\\# Not a heading\n&lt;script&gt;alert(1)&lt;/script&gt;\n\nnot code\n' +
        '\\- not a list\n1\\. not a list\n&gt; not a quote\n\\---\n' +
        '\\`not code\\` \\_not emphasis\\_ \\| not a table \\| AT&T &amp;lt;\n\n## Sources',
    )
  })

  it('escapes role names and item texts from imported articles too', () => {
    const odd = testRole('odd', '<b>Odd</b> #1', { skills: [['Use *stars*\nand lines', ['sql']]] })
    const text = comparisonToMarkdown(compareRoles([odd, analyst], entityMap, articleMap), {
      title: 'T',
      notes: '',
      exportedAt,
    })
    expect(text).toContain(
      '### &lt;b&gt;Odd&lt;/b&gt; #1\n\n- Use \\*stars\\* and lines — SQL (shared by all)',
    )
  })
})

describe('comparisonToMarkdown properties', () => {
  it('never lets user text through as an HTML tag', () => {
    fc.assert(
      fc.property(roleArb('a'), roleArb('b'), fc.string(), fc.string(), (a, b, title, notes) => {
        const text = comparisonToMarkdown(compareRoles([a, b], entityMap, articleMap), {
          title,
          notes,
          exportedAt,
        })
        expect(text).not.toMatch(/[<>]/)
        expect(text.includes('## Notes')).toBe(notes.trim() !== '')
      }),
    )
  })
})
