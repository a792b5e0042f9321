import { z } from 'zod'
import { ArticleRefSchema, RoleSchema } from './role'
import { SourceSchema } from './source'

/** The built-in catalog shipped in `resources/catalog/`. */
export const CatalogSchema = z.object({
  /** Raised whenever the shipped roles change; a higher version merges into the database on start. */
  version: z.number().int().positive(),
  articles: z.array(ArticleRefSchema),
  /** The datasets and articles the roles cite through `provenance.sources`; empty in catalog 1. */
  sources: z.array(SourceSchema).optional(),
  roles: z.array(RoleSchema),
})
export type Catalog = z.infer<typeof CatalogSchema>
