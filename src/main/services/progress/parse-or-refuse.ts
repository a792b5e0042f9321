import type { z } from 'zod'
import { AppError } from '../../../shared/ipc/result'
import { parseForUser } from '../../../shared/ipc/validation-message'

/**
 * `value` parsed by `schema`, or an `invalid-input` error carrying the schema's first message
 * ("A plan can hold at most 2000 items."), so a change that would break a limit is
 * refused before it reaches the store.
 */
export function parseOrRefuse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = parseForUser(schema, value)
  if (result.ok) return result.value
  throw new AppError('invalid-input', result.message)
}
