import { z } from 'zod'

/**
 * A published source the built-in catalog draws on: a dataset (O*NET, BLS, the salary index)
 * or an article. Shipped in the catalog so every page can name it, with its licence and, where
 * the licence asks for one, the attribution text that must be shown word for word.
 */
export const SourceSchema = z.object({
  /** Stable id items cite, e.g. `onet-29.3`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  title: z.string().min(1),
  /** Release or edition, e.g. "29.3 (May 2025)" or "2024–34". */
  version: z.string().min(1),
  publisher: z.string().min(1),
  /** Licence name, e.g. "CC BY 4.0" or "Public domain (U.S. federal government work)". */
  licence: z.string().min(1),
  /** Where the source can be found: a web address. */
  locator: z.string().min(1),
  /** Text the licence requires wherever the data is shown, verbatim; absent when none is required. */
  attribution: z.string().min(1).optional(),
  /** How to cite the source, when it suggests a citation. */
  citation: z.string().min(1).optional(),
})
export type Source = z.infer<typeof SourceSchema>

/**
 * Where exactly in a source an item comes from: the source's id and a locator inside it, such
 * as an O*NET-SOC code with a task id ("15-2051.00 task 21823") or an article's web address.
 */
export const SourceRefSchema = z.object({
  sourceId: z.string().min(1),
  locator: z.string().min(1),
})
export type SourceRef = z.infer<typeof SourceRefSchema>
