import { MessagePort } from 'node:worker_threads'
import { z } from 'zod'
import type { Entity } from '../../../shared/domain/entity'
import type { ParseOutcome } from '../../../shared/importer/types'

/** What the parser thread is started with: the taxonomy its entity linker is built from. */
export interface ArticleParserWorkerData {
  entities: readonly Entity[]
}

/** One article to parse, as pasted or read from a file; `id` pairs it with its answer. */
export const ParseRequestSchema = z.object({ id: z.number().int(), text: z.string() }).strict()
export type ParseRequest = z.infer<typeof ParseRequestSchema>

/**
 * The parser thread's answer. The outcome is the shared parser's own return value, made by
 * our code in this process; only the envelope is checked. `threadId` says which thread
 * parsed, so a test can prove it was not main. For a large article the outcome is a head
 * whose longest lists are empty, and their items wait on `port` in `parts` parts (see
 * parse-answer-parts.ts), for main to take in a part a turn.
 */
export const ParseAnswerSchema = z
  .object({
    id: z.number().int(),
    threadId: z.number().int(),
    outcome: z.custom<ParseOutcome>(
      (value) => typeof value === 'object' && value !== null && 'ok' in value,
    ),
    parts: z.number().int().positive().optional(),
    port: z.instanceof(MessagePort).optional(),
  })
  .strict()
  .refine((answer) => (answer.parts === undefined) === (answer.port === undefined))
export type ParseAnswer = z.infer<typeof ParseAnswerSchema>
