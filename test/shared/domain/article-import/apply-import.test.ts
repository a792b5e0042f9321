import { describe, expect, it } from 'vitest'
import {
  applyImport,
  decisionProblem,
  undoImport,
  type ImportState,
} from '@shared/domain/article-import/apply-import'
import type { ArticleRef } from '@shared/domain/role'
import { testRole } from '../fixtures'
import { parsedArticle, parsedItem, parsedRole } from './parsed-article'

const catalogArticles: ArticleRef[] = [{ id: 'a1', title: 'Catalog article' }]

function library(): ImportState {
  return {
    roles: [
      testRole(
        'data-manager',
        'Data Manager',
        {
          skills: [['Strong SQL skills', ['sql']]],
          tools: [['Tableau', ['tableau']]],
          tips: [['Start a portfolio project', []]],
        },
        ['Data Steward'],
      ),
    ],
    articles: [],
  }
}

const article = parsedArticle(
  parsedRole('Data Manager', {
    skills: [parsedItem('Strong SQL skills.', ['sql']), parsedItem('Data modelling')],
    tools: [parsedItem('Tableau', ['tableau']), parsedItem('Power BI', ['power-bi'])],
    outlook: [parsedItem('Demand keeps rising.')],
  }),
  parsedRole('Insight Engineer', {
    responsibilities: [parsedItem('Model Building: Build forecasting models.')],
    tools: [parsedItem('scikit-learn', ['scikit-learn'])],
  }),
  {
    sharedSections: { tips: [parsedItem('Start a portfolio project!')] },
    outlookFigures: [
      {
        kind: 'growth',
        value: 15,
        unit: 'percent',
        period: '2019–2029',
        source: 'U.S. Bureau of Labor Statistics',
        roleName: null,
        sentence: 'Jobs grow 15% from 2019 to 2029, says the BLS.',
      },
      {
        kind: 'salary',
        value: 98000,
        unit: 'usd-per-year',
        period: 'as reported',
        source: 'Glassdoor',
        roleName: 'Insight Engineer',
        sentence: 'Insight Engineers earn $98,000 on average (Glassdoor).',
      },
    ],
    jobs: {
      listings: [
        {
          title: 'Insight Engineer',
          company: 'Example Ltd',
          location: 'Remote',
          employmentTypes: ['Full Time'],
        },
      ],
      excluded: [{ text: 'Broken ad', reason: 'implausible salary' }],
    },
  },
)

describe('applyImport', () => {
  it('merges one role as a union and saves the other as a new imported role', () => {
    const applied = applyImport(
      library(),
      article,
      [
        { action: 'merge', roleId: 'data-manager' },
        { action: 'new', name: 'Insight Engineer' },
      ],
      catalogArticles,
    )
    const articleId = applied.articleId
    expect(articleId).toBe('data-manager-vs-insight-engineer')
    const [merged, created] = applied.state.roles
    expect(merged?.sections.skills.map((i) => [i.text, i.provenance])).toEqual([
      ['Strong SQL skills', { origin: 'catalog', articleIds: ['a1', articleId] }],
      ['Data modelling', { origin: 'import', articleIds: [articleId] }],
    ])
    expect(merged?.sections.tools.map((i) => i.text)).toEqual(['Tableau', 'Power BI'])
    expect(merged?.sections.tips).toHaveLength(1)
    expect(merged?.outlook.statements.map((i) => i.text)).toEqual(['Demand keeps rising.'])
    expect(merged?.outlook.figures.map((f) => [f.label, f.value, f.period, f.source])).toEqual([
      ['Projected employment growth', 15, '2019–2029', 'U.S. Bureau of Labor Statistics'],
    ])
    expect(merged?.summary).toBe('Data Manager in one sentence.')
    expect(merged?.origin).toBe('builtin')

    expect(created).toMatchObject({
      id: 'insight-engineer',
      name: 'Insight Engineer',
      origin: 'imported',
      summary: 'Insight Engineer does useful work with data.',
    })
    expect(created?.sections.responsibilities[0]?.text).toBe(
      'Model Building: Build forecasting models.',
    )
    expect(created?.sections.tips.map((i) => i.text)).toEqual(['Start a portfolio project!'])
    expect(created?.outlook.figures.map((f) => f.label)).toEqual([
      'Projected employment growth',
      'Average salary',
    ])

    expect(applied.roles).toEqual([
      { id: 'data-manager', name: 'Data Manager', action: 'merge', added: 4, duplicates: 3 },
      { id: 'insight-engineer', name: 'Insight Engineer', action: 'new', added: 5, duplicates: 0 },
    ])
    expect(applied.state.articles).toEqual([
      {
        id: articleId,
        title: 'Data Manager vs. Insight Engineer: A Comprehensive Comparison',
        listings: article.jobs,
        // Where its roles went, so that importing it again offers the same roles.
        roleIds: ['data-manager', 'insight-engineer'],
      },
    ])
  })

  it('gives an imported tip an id no other tip in the library uses, except its twin in the other role', () => {
    const applied = applyImport(
      library(),
      article,
      [
        { action: 'new', name: 'Data Manager (imported)' },
        { action: 'new', name: 'Insight Engineer' },
      ],
      catalogArticles,
    )
    const [existing, first, second] = applied.state.roles
    const tipIds = [existing, first, second].map((role) => role?.sections.tips[0]?.id)
    expect(tipIds[1]).not.toBe(tipIds[0])
    expect(tipIds[2]).toBe(tipIds[1])
  })

  it('renames a new role, keeps the article’s name as an alias and makes its id unique', () => {
    const state = library()
    state.roles.push({ ...testRole('insight-engineer', 'Other', {}), origin: 'user' })
    const applied = applyImport(
      state,
      article,
      [
        { action: 'merge', roleId: 'data-manager' },
        { action: 'new', name: '  Insight Engineer  ' },
      ],
      catalogArticles,
    )
    const created = applied.state.roles.at(-1)
    expect(created?.id).toBe('insight-engineer-2')
    expect(created?.name).toBe('Insight Engineer')

    const renamed = applyImport(
      library(),
      article,
      [
        { action: 'merge', roleId: 'data-manager' },
        { action: 'new', name: 'Forecasting Engineer' },
      ],
      catalogArticles,
    ).state.roles.at(-1)
    expect(renamed?.aliases).toEqual(['Insight Engineer'])
  })

  it('adds nothing twice when the same article is imported again into the same roles', () => {
    const decisions = [
      { action: 'merge', roleId: 'data-manager' },
      { action: 'new', name: 'Insight Engineer' },
    ] as const
    const first = applyImport(library(), article, decisions, catalogArticles)
    const again = applyImport(
      first.state,
      article,
      [decisions[0], { action: 'merge', roleId: 'insight-engineer' }],
      catalogArticles,
    )
    expect(again.state.roles).toEqual(first.state.roles)
    expect(again.state.articles).toEqual(first.state.articles)
    expect(again.roles.map((r) => r.added)).toEqual([0, 0])
  })

  it('undo puts back the roles and articles exactly as they were', () => {
    const before = library()
    const applied = applyImport(
      before,
      article,
      [
        { action: 'merge', roleId: 'data-manager' },
        { action: 'new', name: 'Insight Engineer' },
      ],
      catalogArticles,
    )
    expect(undoImport(applied.state, applied.snapshot)).toEqual(before)
  })
})

describe('decisionProblem', () => {
  const roles = library().roles

  it('accepts a merge and a new role with a fresh name', () => {
    expect(
      decisionProblem(
        [
          { action: 'merge', roleId: 'data-manager' },
          { action: 'new', name: 'Insight Engineer' },
        ],
        roles,
      ),
    ).toBeNull()
  })

  it('refuses an unknown role, one role merged twice, taken and repeated names', () => {
    expect(
      decisionProblem(
        [
          { action: 'merge', roleId: 'nobody' },
          { action: 'new', name: 'X' },
        ],
        roles,
      ),
    ).toBe('There is no role with the id "nobody" to merge into.')
    expect(
      decisionProblem(
        [
          { action: 'merge', roleId: 'data-manager' },
          { action: 'merge', roleId: 'data-manager' },
        ],
        roles,
      ),
    ).toBe('Merge the two roles into two different roles.')
    expect(
      decisionProblem(
        [
          { action: 'new', name: 'data manager' },
          { action: 'new', name: 'X' },
        ],
        roles,
      ),
    ).toBe('A role named “Data Manager” already exists: merge into it or choose another name.')
    expect(
      decisionProblem(
        [
          { action: 'new', name: 'Same' },
          { action: 'new', name: 'same' },
        ],
        roles,
      ),
    ).toBe('Give the two new roles different names.')
  })
})
