import type { RoleNames } from './role-mentions'
import { wordStems } from './role-mentions'
import type { ParsedListSectionKey } from './types'

/** A section the parser fills: the definition paragraph or one of the lists. */
export type SectionKey = ParsedListSectionKey | 'definition'

/** What a heading line announces: a section, a role, both, or the conclusion. */
export interface Heading {
  section: SectionKey | 'conclusion' | null
  roleIndex: 0 | 1 | null
}

/** Word stems that name a section, each with its section; the first one in a heading wins. */
const SECTION_WORDS: ReadonlyMap<string, SectionKey | 'conclusion'> = new Map([
  ['definition', 'definition'],
  ['responsibilitie', 'responsibilities'],
  ['responsibility', 'responsibilities'],
  ['dutie', 'responsibilities'],
  ['skill', 'skills'],
  ['skillset', 'skills'],
  ['education', 'education'],
  ['educational', 'education'],
  ['background', 'education'],
  ['qualification', 'education'],
  ['tool', 'tools'],
  ['software', 'tools'],
  ['technologie', 'tools'],
  ['industrie', 'industries'],
  ['industry', 'industries'],
  ['outlook', 'outlook'],
  ['tip', 'tips'],
  ['aspiring', 'tips'],
  ['started', 'tips'],
  ['conclusion', 'conclusion'],
  ['thought', 'conclusion'],
])

/** Words a heading may hold besides section words and role names. */
const FILLER_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'to',
  'by',
  'each',
  'both',
  '&',
  'role',
  'used',
  'required',
  'common',
  'key',
  'main',
  'core',
  'typical',
  'practical',
  'getting',
  'job',
  'career',
  'salary',
  'requirement',
  'set',
  'final',
  // A role part's heading: "Data Steward Overview", "About the Data Steward".
  'overview',
  'profile',
  'about',
])

const MAX_HEADING_WORDS = 12
const MAX_HEADING_LENGTH = 100
/** Most words a loosely spelt role heading ("Data Ops Specialist") can have. */
const MAX_LOOSE_ROLE_WORDS = 6

/** True for a line that could be a heading: short, and not ending like a sentence. */
function isHeadingShaped(line: string): boolean {
  return (
    line.length <= MAX_HEADING_LENGTH &&
    !/[.!?,;]$/.test(line) &&
    line.split(/\s+/).length <= MAX_HEADING_WORDS
  )
}

/** The section a run of words names, if every word is a section word or filler. */
function sectionOf(words: readonly string[]): SectionKey | 'conclusion' | null | undefined {
  let section: SectionKey | 'conclusion' | null = null
  for (const word of words) {
    const named = SECTION_WORDS.get(word)
    if (named) section ??= named
    else if (!FILLER_WORDS.has(word)) return undefined
  }
  return section
}

/**
 * Reads a heading line: "Required Skills", "AI Programmer", "Data Manager Responsibilities",
 * "For Aspiring Data Managers", "Conclusion". Null when the line is not a heading.
 */
export function readHeading(line: string, roles: RoleNames): Heading | null {
  if (!isHeadingShaped(line)) return null
  const text = line.replace(/:$/, '')
  const mentions = roles.mentions(text)
  const named = [...new Set(mentions.map((mention) => mention.roleIndex))]
  if (named.length > 1) return null
  const rest = wordStems(roles.without(text, mentions))
  const section = sectionOf(rest)
  if (named.length === 1) {
    return section === undefined ? null : { section, roleIndex: named[0] ?? null }
  }
  if (section !== undefined) return section === null ? null : { section, roleIndex: null }
  const loose = rest.filter((word) => !FILLER_WORDS.has(word) && !SECTION_WORDS.has(word))
  if (loose.length > MAX_LOOSE_ROLE_WORDS || !/^\p{Lu}/u.test(text)) return null
  const roleIndex = roles.closestRole(loose)
  if (roleIndex === null) return null
  const looseSection = sectionOf(rest.filter((word) => !loose.includes(word)))
  return { section: looseSection ?? null, roleIndex }
}

/** Most words other than section words, fillers and role names a list heading may hold. */
const MAX_LIST_HEADING_OTHER_WORDS = 3

/**
 * Reads a line right above a list as that list's heading when it names a section among a few
 * other words ("Educational Background Needed", "Industries Employing Data Stewards"). Only a
 * role-by-role article uses this: there such lines head each part's lists, while in the seeds'
 * layout the same shape is more often an introducing sentence.
 */
export function readListHeading(line: string, roles: RoleNames): Heading | null {
  if (!isHeadingShaped(line) || !/^\p{Lu}/u.test(line)) return null
  const text = line.replace(/:$/, '')
  const mentions = roles.mentions(text)
  const named = [...new Set(mentions.map((mention) => mention.roleIndex))]
  if (named.length > 1) return null
  let section: SectionKey | null = null
  let others = 0
  for (const word of wordStems(roles.without(text, mentions))) {
    const named = SECTION_WORDS.get(word)
    if (named === 'conclusion') return null
    if (named) section ??= named
    else if (!FILLER_WORDS.has(word)) others++
  }
  if (section === null || others > MAX_LIST_HEADING_OTHER_WORDS) return null
  return { section, roleIndex: named[0] ?? null }
}

/** The section a list-introducing sentence names ("The responsibilities of … include:"). */
export function sectionNamedIn(sentence: string): SectionKey | null {
  for (const word of wordStems(sentence)) {
    const section = SECTION_WORDS.get(word)
    if (section && section !== 'conclusion' && section !== 'definition') {
      if (word !== 'started' && word !== 'background') return section
    }
  }
  return null
}
