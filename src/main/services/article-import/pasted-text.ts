import type { EntityLinker } from '@shared/domain/entity-linker'
import { htmlToText } from '@shared/importer/html-to-text'
import { parseArticle } from '@shared/importer/parse-article'
import type { ParseOutcome } from '@shared/importer/types'

// Markup at the very start: what a page copied as source, or an .html file pasted whole, begins with.
const STARTS_AS_HTML =
  /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:article|div|h1|p)[\s>])/i

/**
 * The text to parse from what the user pasted: pasted HTML is reduced to its readable text
 * the same way an opened .html file is (scripts and styles dropped, nothing run or loaded),
 * anything else is parsed as it is.
 */
function articleTextFromPaste(text: string): string {
  return STARTS_AS_HTML.test(text) ? htmlToText(text) : text
}

/** Parses what the user pasted (or opened) as `articleImport:preview` and `articleImport:save` read it. */
export function parsePastedArticle(text: string, linker: EntityLinker): ParseOutcome {
  return parseArticle(articleTextFromPaste(text), linker)
}
