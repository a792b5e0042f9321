import { sameLinks } from './same-state'
import type { ActivityEvent, ProgressLink, ProgressState, ProgressStatus } from './types'

const statusChanges: Record<ProgressStatus, string> = {
  todo: 'Back to to do',
  learning: 'Started learning',
  done: 'Marked done',
  skipped: 'Skipped',
}

function statusChange(event: ActivityEvent): string | undefined {
  const { before, after } = event
  if (before.status === after.status) return undefined
  return after.status === 'todo' && event.cause === 'reset'
    ? 'Reset to to do'
    : statusChanges[after.status]
}

function levelChange(
  { level: from }: ProgressState,
  { level: to }: ProgressState,
): string | undefined {
  if (from === to) return undefined
  if (to === null) return 'Level cleared'
  return from === null ? `Level set to ${to}` : `Level ${from} → ${to}`
}

/** True when `longer` is `shorter` with one link inserted somewhere. */
function oneMore(shorter: readonly ProgressLink[], longer: readonly ProgressLink[]): boolean {
  return longer.some((_, i) => sameLinks(shorter, longer.toSpliced(i, 1)))
}

function linksChange(
  { links: from }: ProgressState,
  { links: to }: ProgressState,
): string | undefined {
  if (sameLinks(from, to)) return undefined
  return oneMore(from, to) ? 'Link added' : 'Links changed'
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * A short sentence for the activity timeline: "Marked done", "Started learning", "Skipped",
 * "Back to to do" ("Reset to to do" for a plan reset), "Level set to 3", "Level 2 → 3",
 * "Level cleared", "Notes changed", "Link added" (one link more), "Links changed". An
 * event that changes several fields names the status first, then level, notes and links
 * ("Marked done, level 2 → 3"); an undo starts with "Undone: ".
 */
export function describeEvent(event: ActivityEvent): string {
  const { before, after } = event
  const parts = [
    statusChange(event),
    levelChange(before, after),
    before.notes === after.notes ? undefined : 'Notes changed',
    linksChange(before, after),
  ].filter((part) => part !== undefined)
  const sentence =
    parts.length === 0 ? 'No change' : parts.map((p, i) => (i === 0 ? p : lowerFirst(p))).join(', ')
  return event.cause === 'undo' ? `Undone: ${lowerFirst(sentence)}` : sentence
}
