import type { Comparison, ComparedItem } from '@shared/domain/compare/types'
import type { SavedComparisonView } from '@shared/domain/saved-comparison'
import type { SectionKey } from '@shared/domain/sections'

const provenance = { origin: 'catalog' as const, articleIds: ['a1'] }

function item(id: string, text: string, entityIds: string[], sharedByAll = false): ComparedItem {
  return { id, text, entityIds, provenance, sharedByAll }
}

function sections(
  skills: ComparedItem[],
  tools: ComparedItem[],
  tips: ComparedItem[],
): Record<SectionKey, ComparedItem[]> {
  return { responsibilities: [], skills, education: [], tools, industries: [], tips }
}

/** A hand-made comparison of two roles: Python shared by both, Tableau and ERwin not. */
export const twoRoles: Comparison = {
  columns: [
    {
      role: {
        id: 'analyst',
        name: 'Data Analyst',
        aliases: [],
        summary: 'Finds answers.',
        origin: 'builtin',
      },
      sections: sections(
        [item('python', 'Python scripting', ['python'], true)],
        [item('tableau', 'Tableau dashboards', ['tableau'])],
        [item('build-portfolio', 'Build a portfolio', [], true)],
      ),
      outlook: { statements: [], figures: [] },
    },
    {
      role: {
        id: 'manager',
        name: 'Data Manager',
        aliases: [],
        summary: 'Keeps data.',
        origin: 'builtin',
      },
      sections: sections(
        [item('python', 'Python for automation', ['python'], true)],
        [item('erwin', 'ERwin for modelling', ['erwin'])],
        [item('build-portfolio', 'Build a portfolio', [], true)],
      ),
      outlook: {
        statements: [],
        figures: [
          {
            id: 'bls',
            kind: 'growth',
            label: 'Projected growth',
            value: 10,
            unit: 'percent',
            period: '2019–2029',
            source: 'U.S. Bureau of Labor Statistics',
            provenance,
          },
        ],
      },
    },
  ],
  entities: {
    python: {
      id: 'python',
      name: 'Python',
      kind: 'language',
      group: 'skills',
      share: 'all',
      roleIds: ['analyst', 'manager'],
    },
    tableau: {
      id: 'tableau',
      name: 'Tableau',
      kind: 'tool',
      group: 'tools',
      share: 'only',
      roleIds: ['analyst'],
    },
    erwin: {
      id: 'erwin',
      name: 'ERwin',
      kind: 'tool',
      group: 'tools',
      share: 'only',
      roleIds: ['manager'],
    },
  },
  pairs: [
    {
      firstId: 'analyst',
      secondId: 'manager',
      score: 56,
      counts: {
        skills: { shared: 1, onlyFirst: 0, onlySecond: 0 },
        tools: { shared: 0, onlyFirst: 1, onlySecond: 1 },
        industries: { shared: 0, onlyFirst: 0, onlySecond: 0 },
      },
      shared: ['python'],
      onlyFirst: ['tableau'],
      onlySecond: ['erwin'],
      explanation: 'Both need Python; only the Data Analyst uses Tableau.',
    },
  ],
  articles: {},
}

/** The two roles above saved as a comparison, as the saved list shows it. */
export const savedTwoRoles: SavedComparisonView = {
  id: 'saved-1',
  title: 'Analyst or manager',
  roleIds: ['analyst', 'manager'],
  roleNames: ['Data Analyst', 'Data Manager'],
  notes: '',
  tags: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  missingRoleIds: [],
}
