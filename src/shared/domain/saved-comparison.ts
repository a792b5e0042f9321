import { z } from 'zod'
import { RecordIdSchema, RoleIdSchema } from './role'
import { ROLE_NAME_MAX } from './text-limits'
import {
  COMPARISON_NOTES_MAX,
  COMPARISON_TAG_MAX,
  COMPARISON_TAGS_MAX,
  COMPARISON_TITLE_MAX,
} from './comparison-limits'

/** Two to four distinct role ids, in column order. */
export const ComparedRoleIdsSchema = z
  .array(RoleIdSchema)
  .min(2, 'Compare at least two roles.')
  .max(4, 'Compare at most four roles.')
  .refine((ids) => new Set(ids).size === ids.length, 'Each role can be compared only once.')

export const ComparisonTitleSchema = z
  .string()
  .trim()
  .min(1, 'Give the comparison a title.')
  .max(COMPARISON_TITLE_MAX, `Keep the title under ${COMPARISON_TITLE_MAX} characters.`)

export const ComparisonNotesSchema = z
  .string()
  .max(
    COMPARISON_NOTES_MAX,
    `Keep the notes under ${COMPARISON_NOTES_MAX.toLocaleString('en')} characters.`,
  )

export const ComparisonTagsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .max(COMPARISON_TAG_MAX, `Keep each tag under ${COMPARISON_TAG_MAX} characters.`),
  )
  .max(COMPARISON_TAGS_MAX, `Use at most ${COMPARISON_TAGS_MAX} tags.`)

export const SavedComparisonSchema = z.object({
  id: RecordIdSchema,
  title: ComparisonTitleSchema,
  roleIds: ComparedRoleIdsSchema,
  /** Role names when last saved, so a comparison can still say which role was deleted since. */
  roleNames: z.array(z.string().min(1).max(ROLE_NAME_MAX)).max(4),
  notes: ComparisonNotesSchema,
  tags: ComparisonTagsSchema,
  createdAt: z.iso.datetime(),
  /** The list is sorted by this: the last time the user changed anything about it. */
  updatedAt: z.iso.datetime(),
  /** Set while a deleted comparison can still be restored (undo); pruned after a while. */
  deletedAt: z.iso.datetime().optional(),
})
export type SavedComparison = z.infer<typeof SavedComparisonSchema>

/** A saved comparison as the list and the compare view receive it. */
export interface SavedComparisonView extends Omit<SavedComparison, 'deletedAt'> {
  /** Ids of compared roles no longer in the library (deleted since it was saved). */
  missingRoleIds: string[]
}
