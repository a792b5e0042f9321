// The parser's result, shared by the app's Import view and `npm run import-article`. Plain
// types with no zod, so the renderer can use them; main re-parses the text itself on save
// rather than trusting a parsed article sent back from the renderer.
import type { FeaturedListings } from '../domain/listing'

/** Sections holding lists of items, in the order the articles use. */
export const parsedListSectionKeys = [
  'responsibilities',
  'skills',
  'education',
  'tools',
  'industries',
  'outlook',
  'tips',
] as const
export type ParsedListSectionKey = (typeof parsedListSectionKeys)[number]

/** One bullet, numbered item or sentence of a section. */
export interface ParsedItem {
  /** The item as the user reads it; for a "Key: description" item, the description. */
  text: string
  /** The part before the colon of a "Key: description" item ("Model Development"). */
  key?: string
  /** Canonical ids of the taxonomy entities the item names, in order of first mention. */
  entities: string[]
}

type ParsedSections = {
  /** The role's definition paragraph; null when the article has none for this role. */
  definition: string | null
} & Record<ParsedListSectionKey, ParsedItem[]>

/** One of the two roles an article compares. */
export interface ParsedRole {
  /** As the article names it ("Data Operations Specialist"). */
  name: string
  sections: ParsedSections
}

/** A number the outlook section states, with who published it and for when. */
export interface ParsedOutlookFigure {
  kind: 'growth' | 'salary'
  value: number
  unit: 'percent' | 'usd-per-year'
  /** "2019–2029", or "as reported" when the article gives no period. */
  period: string
  /** "U.S. Bureau of Labor Statistics", "Glassdoor". */
  source: string
  /** The role the sentence is about; null when it speaks of both or of the field. */
  roleName: string | null
  /** The sentence the figure was read from, repaired but otherwise as printed. */
  sentence: string
}

/** What each kind of outlook figure measures, as the role page and the import preview label it. */
export const figureLabels: Record<ParsedOutlookFigure['kind'], string> = {
  growth: 'Projected employment growth',
  salary: 'Average salary',
}

export type ImportWarningCode =
  'missing-section' | 'truncated' | 'listing-excluded' | 'encoding-repaired' | 'unplaced-text'

/** Something the user should look at before saving; never a reason to refuse the article. */
export interface ImportWarning {
  code: ImportWarningCode
  /** One sentence for the user, e.g. "No tools section was found for Data Manager." */
  message: string
  /** The role it concerns, when it concerns one. */
  roleName?: string
  /** The section it concerns, when it concerns one (`definition` included). */
  section?: ParsedListSectionKey | 'definition'
}

/** Everything one article holds, structured. */
export interface ParsedArticle {
  /** "Data Manager vs. AI Programmer: A Comprehensive Comparison". */
  title: string
  /** Always the two roles of the title, in title order. */
  roles: [ParsedRole, ParsedRole]
  /**
   * Sections the article writes once for both roles (a single "Practical Tips" list, an
   * outlook paragraph about both). Not copied into `roles`: saving applies them to both.
   */
  sharedSections: Partial<Record<ParsedListSectionKey, ParsedItem[]>>
  /** The featured-jobs trailer: usable listings, and the ones left out with the reason. */
  jobs: FeaturedListings
  outlookFigures: ParsedOutlookFigure[]
  warnings: ImportWarning[]
}

type ImportErrorCode = 'empty' | 'binary' | 'too-large' | 'not-an-article'

/** Why a text cannot be imported at all, in one specific sentence. */
export interface ImportError {
  code: ImportErrorCode
  message: string
}

export type ParseOutcome = { ok: true; article: ParsedArticle } | { ok: false; error: ImportError }
