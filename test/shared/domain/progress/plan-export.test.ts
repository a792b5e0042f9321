import { describe, expect, it } from 'vitest'
import { planToCsv, planToMarkdown } from '@shared/domain/progress/plan-export'
import type { PlanDetail } from '@shared/domain/progress/views'
import { state } from './progress-fixtures'

const plan: PlanDetail = {
  id: 'l1',
  title: 'Become an *AI* Programmer',
  source: { kind: 'role', roleId: 'ai-programmer' },
  archived: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  sourceLabel: 'For AI Programmer',
  counts: { total: 3, done: 1, learning: 1, skipped: 0, todo: 1, percent: 33 },
  items: [
    {
      key: 'tip:build-portfolio',
      label: 'Build a portfolio',
      group: 'tips',
      state: state({ status: 'done' }),
      updatedAt: '2026-11-02T10:00:00.000Z',
      alsoIn: [],
    },
    {
      key: 'skill:python',
      label: 'Python',
      group: 'skills',
      state: state({
        status: 'learning',
        level: 3,
        notes: 'Chapters 1-3\n\n# not a heading',
        links: [{ url: 'https://docs.python.org/3/', label: 'Tutorial' }],
      }),
      updatedAt: '2026-11-03T10:00:00.000Z',
      alsoIn: [],
    },
    {
      key: 'custom:a1',
      label: '=SUM(A1:A9), "quoted"',
      group: 'custom',
      state: state(),
      updatedAt: undefined,
      alsoIn: [],
    },
  ],
}

describe('planToMarkdown', () => {
  it('writes each group as a task list with status, level, notes and links, all escaped', () => {
    expect(planToMarkdown(plan, new Date(2026, 10, 29, 12))).toBe(
      [
        '# Become an \\*AI\\* Programmer',
        '',
        'For AI Programmer. 1 of 3 done (33%), 1 in progress, 0 skipped.',
        '',
        '## Practical tips',
        '',
        '- [x] Build a portfolio — Done',
        '',
        '## Skills',
        '',
        '- [ ] Python — Learning, level 3 (Practiced)',
        '',
        '  Chapters 1-3',
        '',
        '  \\# not a heading',
        '',
        '  - [Tutorial](<https://docs.python.org/3/>)',
        '',
        '## Your own items',
        '',
        '- [ ] \\=SUM(A1:A9), "quoted" — To do',
        '',
        'Exported from Role Atlas on 2026-11-29.',
        '',
      ].join('\n'),
    )
  })

  it("writes an item's notes as the Markdown the user wrote, not escaped", () => {
    const [tip] = plan.items
    if (!tip) throw new Error('the fixture has items')
    const noted = { ...tip, state: state({ notes: '**Bold** <b>not html</b>' }) }
    const markdown = planToMarkdown({ ...plan, items: [noted] }, new Date(2026, 10, 29))
    expect(markdown).toContain('  **Bold** &lt;b&gt;not html&lt;/b&gt;')
    expect(markdown).not.toContain('\\*\\*Bold')
  })

  it('says when a plan has no items', () => {
    expect(planToMarkdown({ ...plan, items: [] }, new Date(2026, 10, 29))).toContain(
      '_This plan has no items yet._',
    )
  })
})

describe('planToCsv', () => {
  it('writes one row per item, defusing formulas and quoting as RFC 4180 says', () => {
    expect(planToCsv(plan).split('\r\n')).toEqual([
      'Item,Group,Key,Status,Level,Notes,Links,Last changed',
      'Build a portfolio,Practical tips,tip:build-portfolio,Done,,,,2026-11-02T10:00:00.000Z',
      'Python,Skills,skill:python,Learning,3,"Chapters 1-3\n\n# not a heading",Tutorial https://docs.python.org/3/,2026-11-03T10:00:00.000Z',
      `"'=SUM(A1:A9), ""quoted""",Your own items,custom:a1,To do,,,,`,
      '',
    ])
  })
})
