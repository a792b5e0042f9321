import {
  ARTICLE_TITLE_MAX,
  LISTING_BLOCK_MAX,
  LISTING_FIELD_MAX,
  ROLE_ITEM_TEXT_MAX,
  ROLE_NAME_MAX,
  ROLE_SUMMARY_MAX,
} from '../../../shared/domain/text-limits'
import type { Steps } from '../../../shared/domain/article-import/steps'
import type { ParsedArticle } from '../../../shared/importer/types'
import { someItemSteps } from './article-items'

/** What the user is told when an article holds more text in one place than the app keeps. */
export const PASSAGE_TOO_LONG =
  'This article holds a passage longer than Role Atlas keeps in one item, title or name. Shorten or split that passage and import the article again.'

/**
 * Whether saving `article` would store a text longer than its field's limit (see
 * text-limits.ts), as steps of a few hundred items (the largest article's 25,000 items took
 * 2 to 3 ms at once). The parser keeps text of any length; checked at preview, so the user
 * hears it before deciding anything, rather than when saving.
 */
export function* passageTooLongSteps(article: ParsedArticle): Steps<boolean> {
  const over = (text: string | null, max: number): boolean => text !== null && text.length > max
  if (
    over(article.title, ARTICLE_TITLE_MAX) ||
    article.roles.some(
      (role) => over(role.name, ROLE_NAME_MAX) || over(role.sections.definition, ROLE_SUMMARY_MAX),
    ) ||
    article.jobs.listings.some((job) =>
      [job.title, job.company, job.location, ...job.employmentTypes].some((text) =>
        over(text, LISTING_FIELD_MAX),
      ),
    ) ||
    article.jobs.excluded.some(
      (block) => over(block.text, LISTING_BLOCK_MAX) || over(block.reason, LISTING_FIELD_MAX),
    )
  ) {
    return true
  }
  return yield* someItemSteps(article, (item) => over(item.text, ROLE_ITEM_TEXT_MAX))
}
