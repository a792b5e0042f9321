import { z } from 'zod'
import {
  ActivityEventSchema,
  PlanSchema,
  ProgressRecordSchema,
} from '../../shared/domain/progress/types'
import { ArticleRefSchema, RoleSchema } from '../../shared/domain/role'
import { SavedComparisonSchema } from '../../shared/domain/saved-comparison'
import { appendOnly } from './append-only'
import { uniqueKeys } from './unique-keys'

/** The schema version this build of the app reads and writes. */
export const CURRENT_SCHEMA_VERSION = 5

export const WindowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
})
export type WindowBounds = z.infer<typeof WindowBoundsSchema>

export const DbSchema = z.object({
  /** Which migration step the file is at; checked before anything else is read. */
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** Version of the built-in catalog last merged in; 0 before the first start. */
  catalogVersion: z.number().int().nonnegative(),
  /** Built-in roles (copied from the catalog) and the user's own and imported roles. */
  roles: z.array(RoleSchema),
  /** Articles the user imported roles from; item provenance names them by id. */
  articles: z.array(ArticleRefSchema),
  /**
   * The user's saved comparisons, deleted ones included until they are pruned: a delete only
   * stamps `deletedAt`, so undo can bring a comparison back exactly as it was.
   */
  comparisons: z.array(SavedComparisonSchema),
  /**
   * The current state of every key the user has touched, at most one record per key. A list
   * rather than a map keyed by `key`, like every other collection in the file: each record
   * names its own key (the shape `ProgressRecordSchema` validates and the renderer receives),
   * and uniqueKeys keeps keys unique. Always equal to replaying `activity`.
   */
  progress: uniqueKeys(z.array(ProgressRecordSchema), 'duplicate progress key'),
  /** Every change to a progress record, oldest first; only ever appended to. */
  activity: appendOnly(z.array(ActivityEventSchema)),
  /** The user's learning plans, deleted ones included: a delete only stamps `deletedAt`. */
  plans: z.array(PlanSchema),
  settings: z.object({
    /** Restored on the next start so the window opens where the user left it. */
    windowBounds: WindowBoundsSchema.optional(),
  }),
})
export type Db = z.infer<typeof DbSchema>

/** A fresh database: what a first start, or a recovery with no usable backup, begins from. */
export function defaultDb(): Db {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    catalogVersion: 0,
    roles: [],
    articles: [],
    comparisons: [],
    progress: [],
    activity: [],
    plans: [],
    settings: {},
  }
}
