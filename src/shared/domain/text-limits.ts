// The longest text each stored field takes, apart from the zod schemas so the renderer can use
// them without zod. Each is far above anything the catalog, the importer or a person typing
// writes, and low enough that one record cannot bloat every query, the data file and each of
// its backups (an unbounded 10 MB role name once made every library query return 10 MB).
// Limits of notes, plans and comparisons live beside their own schemas.

/** Ids of records: the app makes UUIDs (36 characters) and slugs of at most six words. */
export const RECORD_ID_MAX = 128
/** A role's name and each alias; the importer's longest role name is 80 characters. */
export const ROLE_NAME_MAX = 120
/** How many other titles one role carries: O*NET lists up to 134 alternate titles for one occupation. */
export const ROLE_ALIASES_MAX = 250
/** A role's summary; an imported role's is its article's definition paragraph. */
export const ROLE_SUMMARY_MAX = 5_000
/** One responsibility, skill, tip or outlook statement; the catalog's longest is about 200. */
export const ROLE_ITEM_TEXT_MAX = 5_000
/** An article's title; the importer reads titles of at most 300 characters. */
export const ARTICLE_TITLE_MAX = 300
/** An outlook figure's label, period or source. */
export const FIGURE_TEXT_MAX = 500
/** A featured listing's title, company, location or employment type. */
export const LISTING_FIELD_MAX = 300
/** A listing block left out of the listings, as printed, and the reason it was left out. */
export const LISTING_BLOCK_MAX = 5_000
