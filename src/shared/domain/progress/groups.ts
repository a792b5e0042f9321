import type { PlanGroup } from './types'

/** A plan's groups in the order the plan page and its exports show them. */
export const planGroupOrder: readonly PlanGroup[] = ['tips', 'skills', 'tools', 'custom']

/** Each group's heading, on the plan page and in its exports. */
export const planGroupTitles: Record<PlanGroup, string> = {
  tips: 'Practical tips',
  skills: 'Skills',
  tools: 'Tools',
  custom: 'Your own items',
}
