import { z } from 'zod'
import { ArticleRefSchema, RoleIdSchema, RoleSchema } from '../../src/shared/domain/role'
import type { CatalogFamilyId } from '../../src/shared/domain/role-families'

const OnetCode = z.string().regex(/^\d\d-\d{4}\.\d\d$/)
const Text = z.string().trim().min(1)

/** A responsibility in our own words and the O*NET task ids it was written from. */
const OwnWordsTask = z.object({ text: Text, tasks: z.array(z.number().int().positive()).min(1) })

/** Hand-written content for one O*NET occupation: its name as a role, definition, responsibilities. */
export const OccupationContentSchema = z.object({
  code: OnetCode,
  id: RoleIdSchema,
  /** The role's name, singular ("Data Scientist" for O*NET's "Data Scientists"). */
  name: Text,
  definition: Text,
  responsibilities: z.array(OwnWordsTask).min(6).max(10),
})
export type OccupationContent = z.infer<typeof OccupationContentSchema>

/** An item of a market role: its text, the entities it names, the articles that state it. */
const MarketItem = z.object({
  text: Text,
  entityIds: z.array(z.string()).default([]),
  /** Ids of the article sources (see `articles`) the fact comes from. */
  articles: z.array(z.string()).min(1),
})

/** A comparison article a market role draws on. */
const ArticleSourceContent = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: Text,
  url: z.url(),
  published: z.iso.date(),
})

/**
 * A role job boards use that O*NET does not name, built from comparison articles (facts in our
 * words, each citing its article) and from its O*NET parent (education, projection, tools).
 */
export const MarketRoleContentSchema = z.object({
  id: RoleIdSchema,
  name: Text,
  aliases: z.array(Text),
  /**
   * The O*NET occupation the role belongs to: one that lists the title (`via`) among its
   * alternate titles, or, where none does, the nearest one with a `note` saying why.
   */
  parent: z
    .object({ code: OnetCode, via: Text.optional(), note: Text.optional() })
    .refine((parent) => (parent.via === undefined) !== (parent.note === undefined), {
      message: 'a parent has either the alternate title it is listed under or a note, not both',
    }),
  definition: z.object({ text: Text, articles: z.array(z.string()).min(1) }),
  responsibilities: z.array(MarketItem).min(6).max(10),
  /** Roles the articles compare it with, by role id. */
  comparedWith: z.array(RoleIdSchema),
})
export type MarketRoleContent = z.infer<typeof MarketRoleContentSchema>

/** The seven roles of the original articles, kept as they were. */
export const SeedContentSchema = z.object({
  articles: z.array(ArticleRefSchema),
  roles: z.array(RoleSchema),
})
type SeedContent = z.infer<typeof SeedContentSchema>

export const ArticleSourcesSchema = z.array(ArticleSourceContent)
export type ArticleSourceContent = z.infer<typeof ArticleSourceContent>

/** Everything hand-written the build combines with the data. */
export interface CatalogContent {
  seeds: SeedContent
  occupations: OccupationContent[]
  /** O*NET codes of the subset left out of the catalog, with the reason. */
  excluded: Record<string, string>
  articles: ArticleSourceContent[]
  marketRoles: MarketRoleContent[]
  /** Reviewed O*NET technology names → existing taxonomy ids, where the spelling differs. */
  toolLinks: Record<string, string>
  /** The reviewed library family of every role, by role id (content/role-families.ts). */
  families: Record<string, CatalogFamilyId>
  /** Salary-index titles per role id, as read from the reviewed table with their lines. */
  salaryTitles: { roleId: string; title: string; file: string; line: number }[]
}
