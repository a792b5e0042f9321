import type { ShareStatus } from '@shared/domain/compare/types'

/** Words for each share status: what the legend shows and screen readers hear. */
export const shareLabels: Record<ShareStatus, string> = {
  all: 'Shared by all',
  some: 'Shared by some',
  only: 'Only this role',
}

/**
 * The same words within a sentence, written out rather than lower-cased on the fly: a
 * comparison shows a hundred markers, and locale-aware lower-casing is slow.
 */
export const shareLabelsInline: Record<ShareStatus, string> = {
  all: 'shared by all',
  some: 'shared by some',
  only: 'only this role',
}
