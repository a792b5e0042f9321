// Kinds and their labels, apart from the zod schemas so the renderer can use them without zod.

/**
 * The kinds of thing a role text can mention; the skills page groups by these. Each entity has
 * exactly one. A `resource` is a site to learn, practise or network on (Coursera, Kaggle,
 * LinkedIn): roles mention them, but they are not tools to learn, so nothing compares,
 * scores or plans them.
 */
export const entityKinds = [
  'language',
  'framework',
  'tool',
  'platform',
  'concept',
  'soft-skill',
  'discipline',
  'industry',
  'resource',
] as const

export type EntityKind = (typeof entityKinds)[number]

export const entityKindLabels: Record<EntityKind, string> = {
  language: 'Languages',
  framework: 'Frameworks and libraries',
  tool: 'Tools',
  platform: 'Platforms',
  concept: 'Concepts',
  'soft-skill': 'Soft skills',
  discipline: 'Fields of study',
  industry: 'Industries',
  resource: 'Learning and career sites',
}
