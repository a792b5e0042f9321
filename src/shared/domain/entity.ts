import { z } from 'zod'
import { RECORD_ID_MAX } from './text-limits'
import { entityKinds } from './entity-kinds'

const EntityKindSchema = z.enum(entityKinds)
export type { EntityKind } from './entity-kinds'

/** A canonical id: lower-case words joined by hyphens, e.g. `power-bi`. */
export const EntityIdSchema = z
  .string()
  .max(RECORD_ID_MAX)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')

export const EntitySchema = z.object({
  id: EntityIdSchema,
  name: z.string().min(1),
  kind: EntityKindSchema,
  /**
   * Other spellings that mean the same entity. Matching ignores case, except for aliases of
   * three characters or fewer ("R", "Go", "SQL"), which must match exactly so that ordinary
   * words are not mistaken for them.
   */
  aliases: z.array(z.string().min(1)),
})
export type Entity = z.infer<typeof EntitySchema>

export const TaxonomySchema = z
  .object({
    version: z.number().int().positive(),
    entities: z.array(EntitySchema),
  })
  .superRefine((taxonomy, ctx) => {
    const seen = new Set<string>()
    for (const entity of taxonomy.entities) {
      if (seen.has(entity.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate entity id ${entity.id}` })
      }
      seen.add(entity.id)
    }
  })
export type Taxonomy = z.infer<typeof TaxonomySchema>

/** The taxonomy's entities by id: what every service looks entity ids up in. */
export function entitiesById(taxonomy: Taxonomy): ReadonlyMap<string, Entity> {
  return new Map(taxonomy.entities.map((entity) => [entity.id, entity]))
}
