// Kept apart from the zod schemas so the renderer can use these without bundling zod.

/** The list sections every role has, in the order the seed articles use. */
export const sectionKeys = [
  'responsibilities',
  'skills',
  'education',
  'tools',
  'industries',
  'tips',
] as const

export type SectionKey = (typeof sectionKeys)[number]

export const sectionTitles: Record<SectionKey, string> = {
  responsibilities: 'Responsibilities',
  skills: 'Required skills',
  education: 'Education',
  tools: 'Tools and software',
  industries: 'Common industries',
  tips: 'Practical tips',
}
