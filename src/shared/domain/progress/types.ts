import { z } from 'zod'
import { EntityIdSchema } from '../entity'
import { RecordIdSchema } from '../role'
import { RECORD_ID_MAX } from '../text-limits'

/** A kind (`skill:`, `tip:`, `custom:`) and an id. */
const PROGRESS_KEY_MAX = RECORD_ID_MAX + 8
import {
  PLAN_ITEMS_MAX,
  PLAN_TITLE_MAX,
  ITEM_LABEL_MAX,
  LINKS_MAX,
  NOTES_MAX,
  progressStatuses,
} from './limits'
export {
  PLAN_ITEMS_MAX,
  PLAN_TITLE_MAX,
  ITEM_LABEL_MAX,
  LINKS_MAX,
  NOTES_MAX,
  progressStatuses,
} from './limits'

const ProgressStatusSchema = z.enum(progressStatuses)
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>

/** 0 none, 1 aware, 2 learning, 3 practiced, 4 confident. */
const ProficiencyLevelSchema = z.number().int().min(0).max(4)

/**
 * What a progress record is about. `skill:<entityId>` for a skill or tool (one record however
 * many roles or plans need it), `tip:<tipId>` for a practical tip (tips that mean the same
 * thing across roles share an id), `custom:<id>` for an item the user wrote.
 */
export const ProgressKeySchema = z
  .union([
    z.templateLiteral(['skill:', EntityIdSchema]),
    z.templateLiteral(['tip:', z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)]),
    z.templateLiteral(['custom:', z.string().regex(/^[A-Za-z0-9-]{1,64}$/)]),
  ])
  // A template literal ignores the length of its parts, so the whole key is bounded here.
  .refine(
    (key) => key.length <= PROGRESS_KEY_MAX,
    `Keys are at most ${PROGRESS_KEY_MAX} characters.`,
  )
export type ProgressKey = z.infer<typeof ProgressKeySchema>

export const ProgressLinkSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'Links must start with http:// or https://.' })
    .max(2048),
  /** What the link is, in the user's words; the URL is shown when empty. */
  label: z.string().max(200),
})
export type ProgressLink = z.infer<typeof ProgressLinkSchema>

/** Everything the user has said about one key; what the activity log records before and after. */
export const ProgressStateSchema = z.object({
  status: ProgressStatusSchema,
  /** Only meaningful for `skill:` keys; null where no level was ever given. */
  level: ProficiencyLevelSchema.nullable(),
  notes: z
    .string()
    .max(NOTES_MAX, `Keep notes under ${NOTES_MAX.toLocaleString('en')} characters.`),
  links: z.array(ProgressLinkSchema).max(LINKS_MAX, `Keep at most ${LINKS_MAX} links.`),
})
export type ProgressState = z.infer<typeof ProgressStateSchema>

/** The state of a key nobody has touched. */
export const EMPTY_PROGRESS: ProgressState = { status: 'todo', level: null, notes: '', links: [] }

export const ProgressRecordSchema = ProgressStateSchema.extend({
  key: ProgressKeySchema,
  updatedAt: z.iso.datetime(),
})
export type ProgressRecord = z.infer<typeof ProgressRecordSchema>

/**
 * Which copy of the data made an event: the sync device id of the install that made it
 * (src/main/services/sync/local-state.ts), in the same format. Chosen over an id kept in the
 * data file, which would travel with every copy of the file and need a new stored field: the
 * device id already tells copies apart for sync, which gives a cloned data folder a new one.
 * It is kept in the user-data folder from the first change on, sync on or off, so every
 * launch marks its changes as the same copy (see keysWithBrokenHistory).
 */
const OriginIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/)

/**
 * One change to one key, appended and never rewritten. `before` and `after` hold the whole
 * state, so replaying the log rebuilds every record and undo knows exactly what to restore.
 */
export const ActivityEventSchema = z.object({
  id: RecordIdSchema,
  at: z.iso.datetime(),
  key: ProgressKeySchema,
  before: ProgressStateSchema,
  after: ProgressStateSchema,
  /** `edit` by the user, `reset` of a plan, `undo` of an earlier batch. */
  cause: z.enum(['edit', 'reset', 'undo']),
  /** Events written together (a reset of 30 items) share a batch, and undo works per batch. */
  batchId: RecordIdSchema,
  /**
   * The copy of the data that made the event (see {@link OriginIdSchema}). A merge of two
   * copies interleaves their logs, so `before` follows the previous `after` per copy, not per
   * key; this says which copy. Absent in events written before it was recorded (0.1.0).
   */
  origin: OriginIdSchema.optional(),
})
export type ActivityEvent = z.infer<typeof ActivityEventSchema>

export const planGroups = ['tips', 'skills', 'tools', 'custom'] as const
const PlanGroupSchema = z.enum(planGroups)
export type PlanGroup = z.infer<typeof PlanGroupSchema>

export const PlanItemSchema = z.object({
  key: ProgressKeySchema,
  /** The text shown; for tips and skills it is copied from the catalog when the item is made. */
  label: z.string().trim().min(1).max(ITEM_LABEL_MAX),
  group: PlanGroupSchema,
})
export type PlanItem = z.infer<typeof PlanItemSchema>

const PlanSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), roleId: RecordIdSchema }),
  z.object({ kind: z.literal('transition'), fromId: RecordIdSchema, toId: RecordIdSchema }),
  z.object({ kind: z.literal('empty') }),
])
export type PlanSource = z.infer<typeof PlanSourceSchema>

export const PlanSchema = z.object({
  id: RecordIdSchema,
  title: z.string().trim().min(1).max(PLAN_TITLE_MAX),
  /** What the plan was made from; kept so the plan can say which role it serves. */
  source: PlanSourceSchema,
  /** Ordered; status is never stored here but read from the progress records by key. */
  items: z
    .array(PlanItemSchema)
    .max(PLAN_ITEMS_MAX, `A plan can hold at most ${PLAN_ITEMS_MAX} items.`),
  archived: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set while a deleted plan can still be restored (undo). */
  deletedAt: z.iso.datetime().optional(),
})
export type Plan = z.infer<typeof PlanSchema>

/** Done over (total minus skipped). */
export interface ProgressCounts {
  total: number
  done: number
  learning: number
  skipped: number
  todo: number
  /** 0–100, whole number; 0 when every item is skipped. */
  percent: number
}
