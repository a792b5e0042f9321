import type { SectionKey } from './section-headings'
import type { ImportWarning, ParsedArticle, ParsedListSectionKey } from './types'
import { parsedListSectionKeys } from './types'

const SECTION_NAMES: Record<SectionKey, string> = {
  definition: 'definition',
  responsibilities: 'responsibilities',
  skills: 'skills',
  education: 'educational background',
  tools: 'tools and software',
  industries: 'industries',
  outlook: 'outlook',
  tips: 'practical tips',
}

/** The name a warning gives a section ("tools and software"). */
export function sectionName(section: SectionKey): string {
  return SECTION_NAMES[section]
}

/** A warning for each section a role has nothing in, neither its own nor shared. */
export function missingSectionWarnings(
  roles: ParsedArticle['roles'],
  shared: ParsedArticle['sharedSections'],
): ImportWarning[] {
  const warnings: ImportWarning[] = []
  for (const role of roles) {
    const missing: (ParsedListSectionKey | 'definition')[] = []
    if (role.sections.definition === null) missing.push('definition')
    for (const key of parsedListSectionKeys) {
      if (role.sections[key].length === 0 && !shared[key]?.length) missing.push(key)
    }
    for (const section of missing) {
      warnings.push({
        code: 'missing-section',
        message: `No ${sectionName(section)} section was found for ${role.name}.`,
        roleName: role.name,
        section,
      })
    }
  }
  return warnings
}
