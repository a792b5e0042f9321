import type { Provenance, Role } from '../role'
import { sectionKeys } from '../sections'

/** What taking an article back did to one role: how many items it removed or uncredited. */
export interface TakenBack {
  role: Role
  removed: number
  uncredited: number
}

/**
 * A role without what one imported article alone gave it: an item or figure the user's
 * imports credit to that article only is removed; one other articles state too only stops
 * citing it. Built-in items are never removed, and keep the built-in articles the catalog
 * cites them by (`builtIn`: the article is one of those).
 */
export function takeBackArticle(role: Role, articleId: string, builtIn = false): TakenBack {
  let removed = 0
  let uncredited = 0
  function without<T extends { provenance: Provenance }>(items: readonly T[]): T[] {
    const kept: T[] = []
    for (const item of items) {
      const { origin, articleIds } = item.provenance
      if (!articleIds.includes(articleId) || (origin === 'catalog' && builtIn)) {
        kept.push(item)
        continue
      }
      const others = articleIds.filter((id) => id !== articleId)
      if (others.length === 0 && origin !== 'catalog') {
        removed += 1
        continue
      }
      uncredited += 1
      kept.push({ ...item, provenance: { origin, articleIds: others } })
    }
    return kept
  }
  const sections = Object.fromEntries(
    sectionKeys.map((key) => [key, without(role.sections[key])]),
  ) as Role['sections']
  const outlook = {
    statements: without(role.outlook.statements),
    figures: without(role.outlook.figures),
  }
  if (removed === 0 && uncredited === 0) return { role, removed, uncredited }
  return { role: { ...role, sections, outlook }, removed, uncredited }
}

/** True when any item of the role cites the article. */
export function citesArticle(role: Role, articleId: string): boolean {
  const cites = (item: { provenance: Provenance }): boolean =>
    item.provenance.articleIds.includes(articleId)
  return (
    sectionKeys.some((key) => role.sections[key].some(cites)) ||
    role.outlook.statements.some(cites) ||
    role.outlook.figures.some(cites)
  )
}
