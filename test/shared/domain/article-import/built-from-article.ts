import type { Role, RoleItem } from '@shared/domain/role'
import type { SectionKey } from '@shared/domain/sections'
import { linker } from '../../importer/article-fixtures'

/** The built-in record of test/fixtures/articles/by-role-plain.txt, as the catalog keeps one. */
export const builtInArticle = {
  id: 'analytics-engineer-vs-data-steward',
  title: 'Analytics Engineer vs. Data Steward',
}

function builtInRole(id: string, name: string, items: Record<SectionKey, string[]>): Role {
  const sections = Object.fromEntries(
    Object.entries(items).map(([key, texts]) => [
      key,
      texts.map((text, at): RoleItem => ({
        id: `${key}-${at}`,
        text,
        entityIds: linker.link(text),
        provenance: { origin: 'catalog', articleIds: [builtInArticle.id] },
      })),
    ]),
  ) as Role['sections']
  return {
    id,
    name,
    aliases: [],
    summary: `${name}, in one sentence.`,
    origin: 'builtin',
    sections,
    outlook: { statements: [], figures: [] },
  }
}

/**
 * The two roles of by-role-plain.txt as a catalog writer would have put them: every item
 * reworded, some merged, the way the seven built-in roles were written from the seeds.
 */
export const rolesBuiltFromArticle: Role[] = [
  builtInRole('analytics-engineer', 'Analytics Engineer', {
    responsibilities: [
      'Turn raw tables into clean marts with SQL transformations.',
      'Catch broken sources with data tests before they reach dashboards.',
      'Document every model so analysts know what each column means.',
      'Review the changes colleagues make to shared models.',
    ],
    skills: [
      'Fluent SQL: joins, window functions and tuning queries.',
      'Git branches and pull requests for version control.',
      'Explaining metric definitions to people in finance.',
    ],
    education: [
      "A bachelor's degree, often in economics, statistics or computer science.",
      'Many teach themselves dbt while working as analysts.',
    ],
    tools: [
      'dbt to build and test models.',
      'Google BigQuery or Snowflake as the warehouse.',
      'Apache Airflow to schedule runs.',
      'Looker for the models people read.',
    ],
    industries: ['Retail', 'Software', 'Media'],
    tips: [
      'Take an open dataset, model it end to end and publish it.',
      'Spend time with the people who read your dashboards to learn the business.',
      'Write down what a correct table looks like before building it.',
    ],
  }),
  builtInRole('data-steward', 'Data Steward', {
    responsibilities: [
      'Keep the business glossary up to date and agreed.',
      'Set the quality checks that critical datasets must pass.',
      'Decide who may see sensitive fields.',
    ],
    skills: [
      'An eye for detail that spots definitions drifting apart.',
      'Negotiating one meaning of a shared term across departments.',
      'Working knowledge of GDPR and record retention.',
    ],
    education: [
      "A bachelor's degree in information management, law or business.",
      'A data governance certificate when changing careers.',
    ],
    tools: [
      'Alation or Collibra for glossary and lineage.',
      'Microsoft Excel for quick audits.',
      'Great Expectations to automate quality rules.',
      'Jira to track access decisions.',
    ],
    industries: ['Banking', 'Insurance', 'Public sector'],
    tips: [
      'Document one critical dataset fully to start.',
      'Find allies in the teams that suffer most from bad data.',
      'Keep a log of why each definition was chosen.',
    ],
  }),
]
