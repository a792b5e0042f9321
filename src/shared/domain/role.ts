import { z } from 'zod'
import { EntityIdSchema } from './entity'
import { FeaturedListingsSchema } from './listing'
import { catalogFamilyIds } from './role-families'
import { RoleProfileSchema } from './role-profile'
import { sectionKeys } from './sections'
import { ProvenanceSchema } from './provenance'
import {
  ARTICLE_TITLE_MAX,
  FIGURE_TEXT_MAX,
  RECORD_ID_MAX,
  ROLE_ALIASES_MAX,
  ROLE_ITEM_TEXT_MAX,
  ROLE_NAME_MAX,
  ROLE_SUMMARY_MAX,
} from './text-limits'

/** A record's id: any text the app or an older version made, bounded. */
export const RecordIdSchema = z.string().min(1).max(RECORD_ID_MAX)

export type { SectionKey } from './sections'

export const RoleIdSchema = z
  .string()
  .max(RECORD_ID_MAX)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')

/** An article a fact came from: a built-in seed article or one the user imported. */
export const ArticleRefSchema = z.object({
  id: RecordIdSchema,
  title: z.string().min(1).max(ARTICLE_TITLE_MAX),
  /** Publication date as printed in the article (ISO yyyy-mm-dd). */
  published: z.iso.date().optional(),
  /**
   * The article's "Featured Job" trailer: job ads as seen in the article on its publication
   * date, not market data. Shown apart from the salary index and never mixed into it, since
   * they are a handful of ads picked by the publisher, not a sample of pay.
   */
  listings: FeaturedListingsSchema.optional(),
  /** When the user imported it (last saved); absent for built-in articles. */
  importedAt: z.iso.datetime().optional(),
  /**
   * The roles its two roles went to when last imported, in article order, so importing it
   * again offers the same ones; absent for built-in articles.
   */
  roleIds: z.array(RoleIdSchema).max(2).optional(),
})
export type ArticleRef = z.infer<typeof ArticleRefSchema>

export { type Provenance } from './provenance'

const RoleItemSchema = z.object({
  /** Stable and unique within its section of the role, so progress and merges can refer to it. */
  id: RecordIdSchema,
  text: z.string().min(1).max(ROLE_ITEM_TEXT_MAX),
  /** Canonical ids of every entity the text names ("Tableau or Power BI" links both). */
  entityIds: z.array(EntityIdSchema),
  provenance: ProvenanceSchema,
  /** O*NET importance (1–5) the item was ranked by, for skills and knowledge from O*NET. */
  importance: z.number().min(1).max(5).optional(),
  /**
   * A general ability every job needs (O*NET's basic and social skills: Critical Thinking,
   * Active Listening…). Shown apart from concrete skills, and left out of learning plans.
   */
  generic: z.boolean().optional(),
  /** O*NET's Hot Technology flag: often named in employers' job postings. */
  hot: z.boolean().optional(),
  /** O*NET's In Demand flag: among the technologies employers in the occupation ask for most. */
  inDemand: z.boolean().optional(),
})
export type RoleItem = z.infer<typeof RoleItemSchema>

/**
 * A number with its source and period. Outlook figures are never shown without a source,
 * so the schema makes both required.
 */
const OutlookFigureSchema = z.object({
  id: RecordIdSchema,
  kind: z.enum(['growth', 'salary', 'demand']),
  /** What is measured, e.g. "Projected employment growth, computer and information research scientists". */
  label: z.string().min(1).max(FIGURE_TEXT_MAX),
  value: z.number(),
  unit: z.enum(['percent', 'usd-per-year']),
  /** The period the figure covers, e.g. "2019–2029", or when it was reported, e.g. "as reported in Dec 2023". */
  period: z.string().min(1).max(FIGURE_TEXT_MAX),
  /** Who published the figure, e.g. "U.S. Bureau of Labor Statistics". */
  source: z.string().min(1).max(FIGURE_TEXT_MAX),
  provenance: ProvenanceSchema,
})
export type OutlookFigure = z.infer<typeof OutlookFigureSchema>

const RoleSectionsSchema = z.object({
  responsibilities: z.array(RoleItemSchema),
  skills: z.array(RoleItemSchema),
  education: z.array(RoleItemSchema),
  tools: z.array(RoleItemSchema),
  industries: z.array(RoleItemSchema),
  tips: z.array(RoleItemSchema),
})

export const RoleSchema = z.object({
  id: RoleIdSchema,
  name: z.string().min(1).max(ROLE_NAME_MAX),
  /** Other titles for the same role ("DataOps Engineer"); search and imports match on these. */
  aliases: z.array(z.string().min(1).max(ROLE_NAME_MAX)).max(ROLE_ALIASES_MAX),
  /** One or two sentences shown in the library. */
  summary: z.string().min(1).max(ROLE_SUMMARY_MAX),
  /** `builtin` roles are replaced by newer catalogs; `user` and `imported` roles never are. */
  origin: z.enum(['builtin', 'user', 'imported']),
  /**
   * For built-in roles, what the role is: `seed` (from the original articles), `occupation`
   * (an O*NET occupation) or `market` (a job-board title O*NET does not name). Absent on the
   * user's own and imported roles and on roles stored before the catalog had kinds.
   */
  kind: z.enum(['seed', 'occupation', 'market']).optional(),
  /**
   * The library family of a built-in role, written by `catalog:build` from its reviewed table
   * (catalog 3 on). Absent on the user's own and imported roles, which the library files under
   * "Your roles", and on built-in roles stored by an older catalog.
   */
  family: z.enum(catalogFamilyIds).optional(),
  /** Education, outlook, related roles, salary titles and sources; built-in roles only. */
  profile: RoleProfileSchema.optional(),
  sections: RoleSectionsSchema,
  outlook: z.object({
    /** Qualitative statements about demand, each with its provenance. */
    statements: z.array(RoleItemSchema),
    figures: z.array(OutlookFigureSchema),
  }),
})
export type Role = z.infer<typeof RoleSchema>

/** Every entity id a role links to, in any section. */
export function roleEntityIds(role: Role): Set<string> {
  const ids = new Set<string>()
  for (const key of sectionKeys) {
    for (const item of role.sections[key]) for (const id of item.entityIds) ids.add(id)
  }
  return ids
}
