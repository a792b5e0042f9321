import type { Entity } from '@shared/domain/entity'
import type { Role, RoleItem, SectionKey } from '@shared/domain/role'

/** A small synthetic taxonomy for domain tests; independent of the shipped catalog. */
export const testEntities: Entity[] = [
  { id: 'tableau', name: 'Tableau', kind: 'tool', aliases: [] },
  { id: 'power-bi', name: 'Power BI', kind: 'tool', aliases: ['PowerBI'] },
  { id: 'sql', name: 'SQL', kind: 'language', aliases: [] },
  { id: 'nosql', name: 'NoSQL', kind: 'concept', aliases: [] },
  { id: 'c', name: 'C', kind: 'language', aliases: [] },
  { id: 'cpp', name: 'C++', kind: 'language', aliases: [] },
  { id: 'r', name: 'R', kind: 'language', aliases: [] },
  {
    id: 'google-cloud',
    name: 'Google Cloud',
    kind: 'platform',
    aliases: ['Google Cloud Platform', 'GCP'],
  },
  { id: 'scikit-learn', name: 'scikit-learn', kind: 'framework', aliases: ['sklearn'] },
  { id: 'data-pipeline', name: 'data pipeline', kind: 'concept', aliases: [] },
  { id: 'finance', name: 'Finance', kind: 'industry', aliases: [] },
  { id: 'gaming', name: 'Gaming', kind: 'industry', aliases: [] },
]

function item(id: string, text: string, entityIds: string[]): RoleItem {
  return { id, text, entityIds, provenance: { origin: 'catalog', articleIds: ['a1'] } }
}

/** A role whose sections hold the given items; unlisted sections are empty. */
export function testRole(
  id: string,
  name: string,
  sections: Partial<Record<SectionKey, [text: string, entityIds: string[]][]>>,
  aliases: string[] = [],
): Role {
  const build = (key: SectionKey): RoleItem[] =>
    (sections[key] ?? []).map(([text, ids], index) => item(`${key}-${index}`, text, ids))
  return {
    id,
    name,
    aliases,
    summary: `${name} in one sentence.`,
    origin: 'builtin',
    sections: {
      responsibilities: build('responsibilities'),
      skills: build('skills'),
      education: build('education'),
      tools: build('tools'),
      industries: build('industries'),
      tips: build('tips'),
    },
    outlook: { statements: [], figures: [] },
  }
}
