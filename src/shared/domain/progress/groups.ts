import type { ChecklistGroup } from './types'

/** A plan's groups in the order the plan page and its exports show them. */
export const checklistGroupOrder: readonly ChecklistGroup[] = ['tips', 'skills', 'tools', 'custom']

/** Each group's heading, on the plan page and in its exports. */
export const checklistGroupTitles: Record<ChecklistGroup, string> = {
  tips: 'Practical tips',
  skills: 'Skills',
  tools: 'Tools',
  custom: 'Your own items',
}
