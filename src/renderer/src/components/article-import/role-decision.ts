import type { ImportDecision } from '@shared/domain/article-import/types'

/** What the user has chosen for one parsed role, kept whole while they switch between options. */
export interface RoleDecisionDraft {
  action: 'new' | 'merge'
  /** The name a new role gets; starts as the article's name. */
  name: string
  /** The existing role to merge into; '' until one is chosen. */
  roleId: string
}

/** A merge into the suggested role when there is one, otherwise a new role under the article's name. */
export function initialDecision(name: string, suggestedRoleId: string | null): RoleDecisionDraft {
  return suggestedRoleId === null
    ? { action: 'new', name, roleId: '' }
    : { action: 'merge', name, roleId: suggestedRoleId }
}

/** The decision to send to main, or a sentence saying what is missing. */
export function toDecision(draft: RoleDecisionDraft): ImportDecision | string {
  if (draft.action === 'merge') {
    return draft.roleId === ''
      ? 'Choose the role to merge into.'
      : { action: 'merge', roleId: draft.roleId }
  }
  const name = draft.name.trim()
  return name === '' ? 'Give the new role a name.' : { action: 'new', name }
}

/** Both decisions to send to main, or a sentence saying what is missing from the first incomplete one. */
export function toDecisions(
  drafts: readonly RoleDecisionDraft[],
): [ImportDecision, ImportDecision] | string {
  const [first, second] = drafts.map(toDecision)
  if (first === undefined || second === undefined) return 'Choose what to do with both roles.'
  if (typeof first === 'string') return first
  if (typeof second === 'string') return second
  return [first, second]
}
