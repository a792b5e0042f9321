import { z } from 'zod'
import {
  ActivityEventSchema,
  PlanSchema,
  ProgressRecordSchema,
  type ActivityEvent,
  type Plan,
  type ProgressRecord,
} from '../progress/types'
import { ArticleRefSchema, RoleSchema, type ArticleRef, type Role } from '../role'
import { SavedComparisonSchema, type SavedComparison } from '../saved-comparison'
import { EXPORT_RECORDS_MAX } from './limits'

/** What the `format` field of every export says, so another JSON file is told apart. */
export const EXPORT_FORMAT = 'role-atlas-export'

/**
 * The version of the export's own layout (the envelope and which collections `data` holds),
 * raised when that changes. The records inside follow the data file's schema, whose version
 * the export states apart as `schemaVersion`.
 */
export const EXPORT_FORMAT_VERSION = 1

/**
 * The data version exports started at: no export at an older version exists. The records of
 * an export are read with this app's schemas, so a schema change that moves the data version
 * must also upgrade older exports before they are validated (see upgrade-export.ts).
 */
export const FIRST_EXPORT_SCHEMA_VERSION = 4

/** Everything the user made: the collections an export carries. */
export interface UserData<Settings> {
  /** The user's own and imported roles; built-in roles ship with the app. */
  roles: Role[]
  articles: ArticleRef[]
  comparisons: SavedComparison[]
  plans: Plan[]
  progress: ProgressRecord[]
  activity: ActivityEvent[]
  settings: Settings
  /**
   * In an export only: the built-in roles the user's imports changed, as the user saw them,
   * so that what was merged into them comes back (see `restoreContributions`).
   */
  builtInRoles?: Role[] | undefined
}

/** One export file. */
export interface ExportDocument<Settings> {
  format: typeof EXPORT_FORMAT
  version: number
  schemaVersion: number
  /** The Role Atlas version that wrote it, named when a newer file is refused. */
  appVersion: string
  exportedAt: string
  data: UserData<Settings>
}

/**
 * The fields read before anything else, loosely enough that a file from a newer app still
 * says which app and versions wrote it (so the refusal can name them).
 */
export const ExportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive(),
  schemaVersion: z.number().int().nonnegative(),
  appVersion: z.string().min(1).max(64),
  exportedAt: z.iso.datetime(),
  data: z.unknown(),
})
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>

const BuiltInRoleSchema = RoleSchema.refine((role) => role.origin === 'builtin', {
  message: 'Only built-in roles carry what was merged into them.',
  path: ['origin'],
})

const OwnRoleSchema = RoleSchema.refine((role) => role.origin !== 'builtin', {
  message: 'Built-in roles are not exported; they ship with the app.',
  path: ['origin'],
})

/** The `data` of an export at this app's data version; `settings` is the data file's. */
export function exportDataSchema<Settings extends z.ZodType>(settings: Settings) {
  return z.object({
    roles: z.array(OwnRoleSchema).max(EXPORT_RECORDS_MAX.roles),
    articles: z.array(ArticleRefSchema).max(EXPORT_RECORDS_MAX.articles),
    comparisons: z.array(SavedComparisonSchema).max(EXPORT_RECORDS_MAX.comparisons),
    plans: z.array(PlanSchema).max(EXPORT_RECORDS_MAX.plans),
    progress: z.array(ProgressRecordSchema).max(EXPORT_RECORDS_MAX.progress),
    activity: z.array(ActivityEventSchema).max(EXPORT_RECORDS_MAX.activity),
    settings,
    builtInRoles: z.array(BuiltInRoleSchema).max(EXPORT_RECORDS_MAX.roles).optional(),
  })
}
