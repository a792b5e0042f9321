// Limits of a saved comparison, apart from its zod schema so the renderer can use them without zod.

export const COMPARISON_TITLE_MAX = 200
export const COMPARISON_NOTES_MAX = 20_000
export const COMPARISON_TAG_MAX = 40
export const COMPARISON_TAGS_MAX = 20
