import { z } from 'zod'
import { SourceRefSchema } from './source'
import { RECORD_ID_MAX } from './text-limits'

/** Where an item came from, so a reader can judge it and a merge can keep it. */
export const ProvenanceSchema = z.object({
  /** `catalog`: shipped with the app; `import`: from an article the user pasted; `user`: typed by the user. */
  origin: z.enum(['catalog', 'import', 'user']),
  /** Ids of the articles (see the catalog's `articles`) that state this item; empty for `user`. */
  articleIds: z.array(z.string().min(1).max(RECORD_ID_MAX)),
  /**
   * Places in the catalog's sources (O*NET, BLS, an article's address) that state this item.
   * Optional so that items written before sources existed still load.
   */
  sources: z.array(SourceRefSchema).optional(),
})
export type Provenance = z.infer<typeof ProvenanceSchema>
