import type { ArticleRef, Provenance, Role } from '@shared/domain/role'
import { sectionKeys } from '@shared/domain/sections'

/** A cited article with the number the role page shows beside items it supports. */
export interface NumberedSource {
  number: number
  article: ArticleRef
  /** True for an article the user imported: its items keep the article's own wording. */
  imported: boolean
}

/**
 * Numbers the articles a role cites in order of first appearance on its page, so the same
 * article always carries the same number from the first section to the source list.
 */
export function numberSources(
  role: Role,
  articles: Record<string, ArticleRef>,
): Map<string, NumberedSource> {
  const provenances: Provenance[] = [
    ...sectionKeys.flatMap((key) => role.sections[key].map((item) => item.provenance)),
    ...role.outlook.statements.map((item) => item.provenance),
    ...role.outlook.figures.map((figure) => figure.provenance),
  ]
  const imported = new Set(
    provenances.filter((p) => p.origin === 'import').flatMap((p) => p.articleIds),
  )
  const numbered = new Map<string, NumberedSource>()
  for (const articleId of provenances.flatMap((p) => p.articleIds)) {
    const article = articles[articleId]
    if (article && !numbered.has(articleId)) {
      numbered.set(articleId, {
        number: numbered.size + 1,
        article,
        imported: imported.has(articleId),
      })
    }
  }
  return numbered
}

/** "6 Dec 2023" for an ISO date, in the user's locale conventions for English. */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
}
