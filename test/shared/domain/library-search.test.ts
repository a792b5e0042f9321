import { describe, expect, it } from 'vitest'
import { queryLibrary } from '@shared/domain/library-search'
import { testEntities, testRole } from './fixtures'

const entities = new Map(testEntities.map((entity) => [entity.id, entity]))
const analyst = testRole(
  'data-analyst',
  'Data Analyst',
  {
    tools: [['Tableau or Power BI', ['tableau', 'power-bi']]],
    skills: [['SQL', ['sql']]],
    industries: [['Finance', ['finance']]],
  },
  ['BI Analyst'],
)
const engineer = testRole('ml-engineer', 'Machine Learning Engineer', {
  tools: [['scikit-learn', ['scikit-learn']]],
  skills: [['NoSQL databases', ['nosql']]],
  industries: [
    ['Finance', ['finance']],
    ['Gaming', ['gaming']],
  ],
})
const manager = testRole('data-manager', 'Data Manager', {
  responsibilities: [['Publish Tableau dashboards', ['tableau']]],
  industries: [['Gaming', ['gaming']]],
})
const roles = [engineer, manager, analyst]
const names = (text: string, filters: { industryId?: string; toolId?: string } = {}): string[] =>
  queryLibrary(roles, entities, { text, ...filters }).roles.map((role) => role.name)

describe('queryLibrary', () => {
  it('lists every role alphabetically without a query', () => {
    expect(names('')).toEqual(['Data Analyst', 'Data Manager', 'Machine Learning Engineer'])
    expect(queryLibrary(roles, entities, { text: '' }).total).toBe(3)
  })

  it('finds exactly the roles whose items name a tool, in any section', () => {
    expect(names('Tableau')).toEqual(['Data Analyst', 'Data Manager'])
    expect(names('  tableau ')).toEqual(['Data Analyst', 'Data Manager'])
  })

  it('says why a role matched', () => {
    const [first] = queryLibrary(roles, entities, { text: 'power' }).roles
    expect(first?.matchedOn).toEqual(['Power BI (tools and software)'])
  })

  it('matches at the start of a word only', () => {
    expect(names('sql')).toEqual(['Data Analyst'])
    expect(names('bi')).toEqual(['Data Analyst'])
  })

  it('ranks name matches above alias and skill matches', () => {
    expect(names('data')).toEqual(['Data Analyst', 'Data Manager'])
    expect(names('machine')).toEqual(['Machine Learning Engineer'])
    expect(names('bi analyst')).toEqual(['Data Analyst'])
  })

  it('filters by industry and by tool, combined with text', () => {
    expect(names('', { industryId: 'gaming' })).toEqual([
      'Data Manager',
      'Machine Learning Engineer',
    ])
    expect(names('', { toolId: 'tableau' })).toEqual(['Data Analyst'])
    expect(names('tableau', { industryId: 'gaming' })).toEqual(['Data Manager'])
  })

  it('names the first tools of each role for its card, leaving out concepts', () => {
    const [first] = queryLibrary(roles, entities, { text: 'analyst' }).roles
    expect(first?.keyTools).toEqual(['Tableau', 'Power BI'])
    const withConcept = testRole('x', 'X', {
      tools: [['data pipelines in SQL', ['data-pipeline', 'sql']]],
    })
    expect(queryLibrary([withConcept], entities, { text: '' }).roles[0]?.keyTools).toEqual(['SQL'])
  })

  it('offers facets with role counts, sorted by name', () => {
    const result = queryLibrary(roles, entities, { text: '' })
    expect(result.industries).toEqual([
      { id: 'finance', name: 'Finance', roleCount: 2 },
      { id: 'gaming', name: 'Gaming', roleCount: 2 },
    ])
    expect(result.tools.map((facet) => facet.id)).toEqual(['power-bi', 'scikit-learn', 'tableau'])
  })

  it('returns nothing for text that matches nothing', () => {
    expect(names('quantum basket weaving')).toEqual([])
  })
})

describe('queryLibrary with several words and typos', () => {
  const more = new Map([
    ...entities,
    ['python', { id: 'python', name: 'Python', kind: 'language', aliases: [] }],
    ['spark', { id: 'spark', name: 'Apache Spark', kind: 'framework', aliases: ['Spark'] }],
  ] as const)
  const pythonAndSql = testRole('data-engineer', 'Data Engineer', {
    skills: [
      ['Python', ['python']],
      ['SQL', ['sql']],
    ],
    tools: [['Spark', ['spark']]],
  })
  const pythonOnly = testRole('ml-researcher', 'ML Researcher', {
    skills: [['Python', ['python']]],
  })
  const sqlOnly = testRole('report-writer', 'Report Writer', { skills: [['SQL', ['sql']]] })
  const all = [pythonAndSql, pythonOnly, sqlOnly, analyst]
  const found = (text: string) => queryLibrary(all, more, { text }).roles

  it('finds the roles that have every word', () => {
    expect(found('python sql').map((role) => role.name)).toEqual(['Data Engineer'])
    expect(found('spark sql').map((role) => role.name)).toEqual(['Data Engineer'])
    expect(found('sql python').map((role) => role.name)).toEqual(['Data Engineer'])
    expect(found('python gaming')).toEqual([])
  })

  it('says which required skill and tool each word found', () => {
    expect(found('spark sql')[0]?.matchedOn).toEqual([
      'Apache Spark (tools and software)',
      'SQL (required skills)',
    ])
  })

  it('mixes a word of the name with a skill', () => {
    expect(found('engineer python').map((role) => role.name)).toEqual(['Data Engineer'])
    expect(found('analyst sql').map((role) => role.name)).toEqual(['Data Analyst'])
  })

  it('finds a word with a small typo, below what is spelled right', () => {
    expect(found('pyhton').map((role) => role.name)).toEqual(['Data Engineer', 'ML Researcher'])
    expect(found('pyhton')[0]?.matchedOn).toEqual(['Python (required skills)'])
    expect(found('tablaeu').map((role) => role.name)).toEqual(['Data Analyst'])
    expect(found('engineeer').map((role) => role.name)).toEqual(['Data Engineer'])
    expect(found('pyhton sql').map((role) => role.name)).toEqual(['Data Engineer'])
  })

  it('does not guess at short words, where one slip makes another word', () => {
    expect(found('sqk')).toEqual([])
    expect(found('pythno xyz')).toEqual([])
    expect(found('pxthxn')).toEqual([])
  })
})
