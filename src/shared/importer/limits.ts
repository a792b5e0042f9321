/** The largest article the importer reads, in bytes of UTF-8 (pasted or from a file). */
export const ARTICLE_MAX_BYTES = 2 * 1024 * 1024
