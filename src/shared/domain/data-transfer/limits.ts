// Plain limits, apart from the zod schemas so the renderer can use them without zod.

/** The largest export file Role Atlas reads: far above years of use, well below memory trouble. */
export const EXPORT_FILE_MAX_BYTES = 50 * 1024 * 1024

/** Most records of each kind an export may hold; a file beyond them is refused as implausible. */
export const EXPORT_RECORDS_MAX = {
  roles: 5_000,
  articles: 5_000,
  comparisons: 20_000,
  plans: 5_000,
  progress: 100_000,
  activity: 1_000_000,
} as const

/** How long an import preview can be applied: long enough to read it, short enough to be current. */
export const IMPORT_PREVIEW_TTL_MS = 15 * 60 * 1000
