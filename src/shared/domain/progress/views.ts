import type {
  ActivityEvent,
  Plan,
  PlanItem,
  ProgressCounts,
  ProgressKey,
  ProgressState,
  ProgressStatus,
} from './types'

/** A plan item with the current state of its key. */
export interface PlanItemDetail extends PlanItem {
  state: ProgressState
  /** When the key's record last changed; undefined if never touched. */
  updatedAt: string | undefined
  /** Titles of the other plans that hold the same key, so sharing is visible. */
  alsoIn: string[]
}

/** "For AI Programmer", "From Data Manager to AI Programmer", "Your own plan". */
export interface PlanSummary extends Pick<
  Plan,
  'id' | 'title' | 'source' | 'archived' | 'createdAt' | 'updatedAt'
> {
  sourceLabel: string
  counts: ProgressCounts
}

export interface PlanDetail extends PlanSummary {
  items: PlanItemDetail[]
}

/** How far the user is towards one role: its practical tips and its skills and tools done. */
export interface RoleReadiness {
  roleId: string
  roleName: string
  tips: { done: number; total: number }
  skills: { done: number; total: number }
  /** 0–100 over tips and skills together. */
  percent: number
}

/** Completions (a key moving to done) on one day. */
export interface DayCount {
  /** yyyy-mm-dd, local calendar day. */
  date: string
  count: number
}

/** One line of the activity timeline. */
export interface ActivityView extends Pick<
  ActivityEvent,
  'id' | 'at' | 'key' | 'cause' | 'batchId'
> {
  /** The item's label, or the key when no plan names it. */
  label: string
  /** A short sentence: "Marked done", "Level 2 → 3", "Notes changed", "Reset to to do". */
  summary: string
  statusBefore: ProgressStatus
  statusAfter: ProgressStatus
}

/** Everything the progress dashboard shows, as of one day. */
export interface Dashboard {
  /** yyyy-mm-dd: the day the figures are for (today unless the user picked another). */
  asOf: string
  plans: PlanSummary[]
  readiness: RoleReadiness[]
  /** The 365 days ending with `asOf`, oldest first. */
  calendar: DayCount[]
  /** Consecutive days with at least one completion, ending with `asOf` (or the day before). */
  streak: number
  /** The newest events up to `asOf`, newest first (at most 20). */
  recent: ActivityView[]
}

/** What a change returns: its value and the batch id that undoes it. */
export interface Undoable<T> {
  value: T
  batchId: string
}

/** The key and new state a `progress:set` call ends with. */
export interface ProgressChange {
  key: ProgressKey
  state: ProgressState
}
