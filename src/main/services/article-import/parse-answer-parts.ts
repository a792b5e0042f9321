import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import { z } from 'zod'
import type { Steps } from '../../../shared/domain/article-import/steps'
import {
  parsedListSectionKeys,
  type ParsedArticle,
  type ParsedItem,
  type ParsedListSectionKey,
  type ParseOutcome,
} from '../../../shared/importer/types'

/**
 * How many items one part of a parser's answer carries. Taking in the largest article's
 * answer whole (25,000 items, 5.5 MB as a structured clone) held main 13 to 19 ms in one
 * turn; a thousand items take a fraction of a millisecond.
 */
export const PART_ITEMS = 1_000

/** Items of one list of a parsed article, sent after the answer that leaves that list empty. */
const AnswerPartSchema = z
  .object({
    /** The role whose section it is; null for a section both roles share. */
    role: z.union([z.literal(0), z.literal(1), z.null()]),
    section: z.enum(parsedListSectionKeys),
    // Made by our own parser in this process: only the envelope is checked (see the protocol).
    items: z.custom<ParsedItem[]>((value) => Array.isArray(value)),
  })
  .strict()
export type AnswerPart = z.infer<typeof AnswerPartSchema>

/** Every list of `article`'s sections, with where it sits. */
function* listsOf(
  article: ParsedArticle,
): Generator<{ role: 0 | 1 | null; section: ParsedListSectionKey; items: ParsedItem[] }> {
  for (const role of [0, 1] as const) {
    for (const section of parsedListSectionKeys) {
      yield { role, section, items: article.roles[role].sections[section] }
    }
  }
  for (const section of parsedListSectionKeys) {
    const items = article.sharedSections[section]
    if (items) yield { role: null, section, items }
  }
}

/**
 * `outcome` as an answer's head and the parts that follow it: a list of more than
 * {@link PART_ITEMS} items is empty in the head and sent in parts of that many, in order.
 * The head is a copy; `outcome` is left as it is. No parts for an article of ordinary size.
 */
export function splitOutcome(outcome: ParseOutcome): { head: ParseOutcome; parts: AnswerPart[] } {
  if (!outcome.ok) return { head: outcome, parts: [] }
  const { article } = outcome
  const parts: AnswerPart[] = []
  const emptied = new Set<ParsedItem[]>()
  for (const { role, section, items } of listsOf(article)) {
    if (items.length <= PART_ITEMS) continue
    emptied.add(items)
    for (let start = 0; start < items.length; start += PART_ITEMS) {
      parts.push({ role, section, items: items.slice(start, start + PART_ITEMS) })
    }
  }
  if (parts.length === 0) return { head: outcome, parts }
  const kept = (items: ParsedItem[]): ParsedItem[] => (emptied.has(items) ? [] : items)
  const headRole = (index: 0 | 1) => {
    const role = article.roles[index]
    const sections = { ...role.sections }
    for (const section of parsedListSectionKeys) sections[section] = kept(sections[section])
    return { ...role, sections }
  }
  const sharedSections: ParsedArticle['sharedSections'] = {}
  for (const section of parsedListSectionKeys) {
    const items = article.sharedSections[section]
    if (items) sharedSections[section] = kept(items)
  }
  return {
    head: { ok: true, article: { ...article, roles: [headRole(0), headRole(1)], sharedSections } },
    parts,
  }
}

/** Puts a part's items back at the end of its list in `article` (a head, as received). */
export function joinPart(article: ParsedArticle, part: AnswerPart): void {
  const list =
    part.role === null
      ? (article.sharedSections[part.section] ??= [])
      : article.roles[part.role].sections[part.section]
  list.push(...part.items)
}

/**
 * Takes in `count` parts queued on `port` and joins them to `article`, a part a step: each
 * is read off the port (and so copied onto main) only in its own step. False when a part is
 * missing or is not one; the port is closed either way.
 */
export function* receivePartsSteps(
  article: ParsedArticle,
  port: MessagePort,
  count: number,
): Steps<boolean> {
  try {
    for (let index = 0; index < count; index++) {
      const received = receiveMessageOnPort(port)
      const part = AnswerPartSchema.safeParse(received?.message)
      if (!part.success) return false
      joinPart(article, part.data)
      yield
    }
    return true
  } finally {
    port.close()
  }
}
