import { z } from 'zod'
import { EntityIdSchema } from './entity'
import { FeaturedListingsSchema } from './listing'
import { sectionKeys } from './sections'

export const SectionKeySchema = z.enum(sectionKeys)
export type { SectionKey } from './sections'

export const RoleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')

/** An article a fact came from: a built-in seed article or one the user imported. */
export const ArticleRefSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
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

/** Where an item came from, so a reader can judge it and a merge can keep it. */
export const ProvenanceSchema = z.object({
  /** `catalog`: shipped with the app; `import`: from an article the user pasted; `user`: typed by the user. */
  origin: z.enum(['catalog', 'import', 'user']),
  /** Ids of the articles (see the catalog's `articles`) that state this item; empty for `user`. */
  articleIds: z.array(z.string().min(1)),
})
export type Provenance = z.infer<typeof ProvenanceSchema>

export const RoleItemSchema = z.object({
  /** Stable and unique within its section of the role, so progress and merges can refer to it. */
  id: z.string().min(1),
  text: z.string().min(1),
  /** Canonical ids of every entity the text names ("Tableau or Power BI" links both). */
  entityIds: z.array(EntityIdSchema),
  provenance: ProvenanceSchema,
})
export type RoleItem = z.infer<typeof RoleItemSchema>

/**
 * A number with its source and period. Outlook figures are never shown without a source,
 * so the schema makes both required.
 */
export const OutlookFigureSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['growth', 'salary', 'demand']),
  /** What is measured, e.g. "Projected employment growth, computer and information research scientists". */
  label: z.string().min(1),
  value: z.number(),
  unit: z.enum(['percent', 'usd-per-year']),
  /** The period the figure covers, e.g. "2019–2029", or when it was reported, e.g. "as reported in Dec 2023". */
  period: z.string().min(1),
  /** Who published the figure, e.g. "U.S. Bureau of Labor Statistics". */
  source: z.string().min(1),
  provenance: ProvenanceSchema,
})
export type OutlookFigure = z.infer<typeof OutlookFigureSchema>

export const RoleSectionsSchema = z.object({
  responsibilities: z.array(RoleItemSchema),
  skills: z.array(RoleItemSchema),
  education: z.array(RoleItemSchema),
  tools: z.array(RoleItemSchema),
  industries: z.array(RoleItemSchema),
  tips: z.array(RoleItemSchema),
})
export type RoleSections = z.infer<typeof RoleSectionsSchema>

export const RoleSchema = z.object({
  id: RoleIdSchema,
  name: z.string().min(1),
  /** Other titles for the same role ("DataOps Engineer"); search and imports match on these. */
  aliases: z.array(z.string().min(1)),
  /** One or two sentences shown in the library. */
  summary: z.string().min(1),
  /** `builtin` roles are replaced by newer catalogs; `user` and `imported` roles never are. */
  origin: z.enum(['builtin', 'user', 'imported']),
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
