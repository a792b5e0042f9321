import {
  ARTICLE_TITLE_MAX,
  LISTING_BLOCK_MAX,
  LISTING_FIELD_MAX,
  ROLE_ITEM_TEXT_MAX,
  ROLE_NAME_MAX,
  ROLE_SUMMARY_MAX,
} from '../../../shared/domain/text-limits'
import type { ParsedArticle, ParsedItem } from '../../../shared/importer/types'

/** What the user is told when an article holds more text in one place than the app keeps. */
export const PASSAGE_TOO_LONG =
  'This article holds a passage longer than Role Atlas keeps in one item, title or name. Shorten or split that passage and import the article again.'

function itemsOf(sections: Record<string, ParsedItem[] | string | null | undefined>): ParsedItem[] {
  return Object.values(sections).flatMap((section) => (Array.isArray(section) ? section : []))
}

/**
 * Whether saving `article` would store a text longer than its field's limit (see
 * text-limits.ts). The parser keeps text of any length; checked at preview, so the user hears
 * it before deciding anything, rather than when saving.
 */
export function holdsPassageTooLong(article: ParsedArticle): boolean {
  const over = (text: string | null, max: number): boolean => text !== null && text.length > max
  const items = [
    ...article.roles.flatMap((role) => itemsOf(role.sections)),
    ...itemsOf(article.sharedSections),
  ]
  return (
    over(article.title, ARTICLE_TITLE_MAX) ||
    article.roles.some(
      (role) => over(role.name, ROLE_NAME_MAX) || over(role.sections.definition, ROLE_SUMMARY_MAX),
    ) ||
    items.some((item) => over(item.text, ROLE_ITEM_TEXT_MAX)) ||
    article.jobs.listings.some((job) =>
      [job.title, job.company, job.location, ...job.employmentTypes].some((text) =>
        over(text, LISTING_FIELD_MAX),
      ),
    ) ||
    article.jobs.excluded.some(
      (block) => over(block.text, LISTING_BLOCK_MAX) || over(block.reason, LISTING_FIELD_MAX),
    )
  )
}
