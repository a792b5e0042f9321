import type {
  ParsedArticle,
  ParsedItem,
  ParsedListSectionKey,
  ParsedRole,
} from '@shared/importer/types'

/** A "Key: description" item when `text` has a colon, a plain item otherwise. */
export function parsedItem(text: string, entities: string[] = []): ParsedItem {
  const colon = text.indexOf(': ')
  return colon < 0
    ? { text, entities }
    : { key: text.slice(0, colon), text: text.slice(colon + 2), entities }
}

/** A parsed role with the given sections; unlisted sections are empty. */
export function parsedRole(
  name: string,
  sections: Partial<Record<ParsedListSectionKey, ParsedItem[]>> = {},
  definition: string | null = `${name} does useful work with data.`,
): ParsedRole {
  return {
    name,
    sections: {
      definition,
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

/** A parsed article comparing two roles, as the parser would hand it over. */
export function parsedArticle(
  first: ParsedRole,
  second: ParsedRole,
  extra: Partial<Omit<ParsedArticle, 'roles'>> = {},
): ParsedArticle {
  return {
    title: `${first.name} vs. ${second.name}: A Comprehensive Comparison`,
    roles: [first, second],
    sharedSections: {},
    jobs: { listings: [], excluded: [] },
    outlookFigures: [],
    warnings: [],
    ...extra,
  }
}
