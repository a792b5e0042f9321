import type { ShareStatus } from '../../../../shared/domain/compare/types'

/** Words for each share status: what the legend shows and screen readers hear. */
export const shareLabels: Record<ShareStatus, string> = {
  all: 'Shared by all',
  some: 'Shared by some',
  only: 'Only this role',
}
