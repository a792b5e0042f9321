import type { ImportPreview } from '@shared/domain/article-import/types'
import type { ParsedRole } from '@shared/importer/types'

function role(name: string, sections: Partial<ParsedRole['sections']>): ParsedRole {
  return {
    name,
    sections: {
      definition: null,
      responsibilities: [],
      skills: [],
      education: [],
      tools: [],
      industries: [],
      outlook: [],
      tips: [],
      ...sections,
    },
  }
}

/** What `articleImport:preview` answers for a small article: two roles, a shared tip, one figure and listing. */
export const importPreview: ImportPreview = {
  article: {
    title: 'Data Manager vs. Insight Engineer: A Comprehensive Comparison',
    roles: [
      role('Data Manager', {
        definition: 'Looks after the data of a whole organisation.',
        skills: [{ text: 'Strong SQL skills', entities: ['sql'] }],
        tools: [
          { key: 'Data Catalogues', text: 'Collibra for finding data', entities: ['collibra'] },
        ],
      }),
      role('Insight Engineer', {
        responsibilities: [{ text: 'Build forecasting models', entities: [] }],
      }),
    ],
    sharedSections: { tips: [{ text: 'Start a portfolio project', entities: [] }] },
    outlookFigures: [
      {
        kind: 'growth',
        value: 8,
        unit: 'percent',
        period: '2022–2032',
        source: 'U.S. Bureau of Labor Statistics',
        roleName: null,
        sentence: 'Employment grows 8% from 2022 to 2032.',
      },
    ],
    jobs: {
      listings: [
        {
          title: 'Insight Engineer',
          company: 'Northwind Data',
          location: 'Remote',
          employmentTypes: ['Full Time'],
          level: 'mid',
          salary: { currency: 'USD', min: 95000, max: 125000 },
        },
      ],
      excluded: [{ text: 'Head of Data', reason: 'Implausible salary “USD 1111111K”.' }],
    },
    warnings: [
      {
        code: 'missing-section',
        message: 'No definition was found for Insight Engineer.',
        roleName: 'Insight Engineer',
        section: 'definition',
      },
    ],
  },
  suggestedRoleIds: ['data-manager', null],
  merges: [
    {
      roleId: 'data-manager',
      fates: {
        responsibilities: [],
        skills: [
          {
            verdict: 'same',
            matchId: 'sql',
            matchText: 'Solid SQL for querying data.',
            sameArticle: false,
            keptApart: false,
          },
        ],
        education: [],
        tools: [
          {
            verdict: 'near',
            matchId: 'collibra',
            matchText: 'Data catalogues such as Collibra or Alation.',
            sameArticle: false,
            keptApart: false,
          },
        ],
        industries: [],
        outlook: [],
        // The tip the article shares between both roles, after the role's own items.
        tips: [{ verdict: 'new' }],
      },
      added: 1,
      already: 1,
      near: 1,
    },
    null,
  ],
  earlier: null,
  mergeTargets: [
    { id: 'ai-programmer', name: 'AI Programmer', origin: 'builtin' },
    { id: 'data-manager', name: 'Data Manager', origin: 'builtin' },
  ],
  entities: {
    sql: { id: 'sql', name: 'SQL', kind: 'language' },
    collibra: { id: 'collibra', name: 'Collibra', kind: 'tool' },
  },
}
