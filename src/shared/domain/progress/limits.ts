// Plain limits and labels, apart from the zod schemas so the renderer can use them without zod.

export const NOTES_MAX = 20_000
export const LINKS_MAX = 50
export const PLAN_ITEMS_MAX = 2_000
export const PLAN_TITLE_MAX = 200
export const ITEM_LABEL_MAX = 500

/** A progress item's statuses, in the order the status control shows them. */
export const progressStatuses = ['todo', 'learning', 'done', 'skipped'] as const

export const proficiencyLabels = ['None', 'Aware', 'Learning', 'Practiced', 'Confident'] as const
