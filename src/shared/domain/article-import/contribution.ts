import {
  figureLabels,
  type ParsedArticle,
  type ParsedItem,
  type ParsedListSectionKey,
  type ParsedOutlookFigure,
} from '../../importer/types'
import type { OutlookFigure, Provenance, Role, RoleItem } from '../role'
import { sectionKeys, type SectionKey } from '../sections'
import { slugify, UniqueIds } from './slug'
import { runAll, type Steps } from './steps'
import { normaliseText } from './text-match'

/** What one source adds to a role: a parsed role of an article, or items kept across a catalog update. */
export interface RoleContribution {
  name: string
  aliases: string[]
  /** The definition to use as a new role's summary; null when the source has none. */
  summary: string | null
  sections: Role['sections']
  outlook: Role['outlook']
}

/** A "Key: description" item as one line, so neither part is lost. */
function itemText(item: ParsedItem): string {
  return item.key === undefined ? item.text : `${item.key}: ${item.text}`
}

/**
 * A role's own items of a section, then those the article shares between both roles, each
 * with whether it is shared; read in place, as a step may take one: copying a section of
 * 25,000 items into one list, and into a set of the role's own, took 4 to 8 ms at once.
 */
function* sectionItems(
  article: ParsedArticle,
  index: 0 | 1,
  key: ParsedListSectionKey,
): Generator<{ source: ParsedItem; shared: boolean }> {
  for (const source of article.roles[index].sections[key]) yield { source, shared: false }
  for (const source of article.sharedSections[key] ?? []) yield { source, shared: true }
}

function toFigure(figure: ParsedOutlookFigure, provenance: Provenance): OutlookFigure {
  return {
    id: slugify(`${figure.kind} ${figure.source} ${figure.period}`, figure.kind),
    kind: figure.kind,
    label: figureLabels[figure.kind],
    value: figure.value,
    unit: figure.unit,
    period: figure.period,
    source: figure.source,
    provenance,
  }
}

/**
 * Allocates item ids for one article. Tip ids name progress records (`tip:<id>`) shared by
 * every role listing the tip, so an imported tip gets an id no other tip in the library
 * uses, except that a tip the article gives both roles gets the same id in both.
 */
class ItemIds {
  readonly #takenTips: UniqueIds
  readonly #sharedTips = new Map<string, string>()

  constructor(libraryTipIds: Iterable<string>) {
    this.#takenTips = new UniqueIds(libraryTipIds)
  }

  next(section: SectionKey | 'outlook', text: string, taken: UniqueIds, shared: boolean): string {
    const base = slugify(text, 'item')
    if (section !== 'tips') return taken.next(base)
    const sharedKey = normaliseText(text)
    const known = shared ? this.#sharedTips.get(sharedKey) : undefined
    const id = known ?? this.#takenTips.next(base)
    taken.take(id)
    if (shared) this.#sharedTips.set(sharedKey, id)
    return id
  }
}

/** Every tip id any role of the library uses. */
function libraryTipIds(roles: readonly Role[]): Set<string> {
  return new Set(roles.flatMap((role) => role.sections.tips.map((tip) => tip.id)))
}

/**
 * The two contributions of a parsed article, in article order: each role's own sections
 * followed by the sections the article shares between them, its definition, its outlook
 * statements, and the outlook figures about it or about both roles, each citing `articleId`.
 */
export function contributionsOf(
  article: ParsedArticle,
  articleId: string,
  roles: readonly Role[],
): [RoleContribution, RoleContribution] {
  return runAll(contributionSteps(article, articleId, roles))
}

/** {@link contributionsOf} one item at a time, for main to run in slices. */
export function* contributionSteps(
  article: ParsedArticle,
  articleId: string,
  roles: readonly Role[],
): Steps<[RoleContribution, RoleContribution]> {
  const provenance = (): Provenance => ({ origin: 'import', articleIds: [articleId] })
  const ids = new ItemIds(libraryTipIds(roles))
  function* items(index: 0 | 1, section: SectionKey | 'outlook'): Steps<RoleItem[]> {
    const taken = new UniqueIds()
    const made: RoleItem[] = []
    for (const { source, shared } of sectionItems(article, index, section)) {
      yield
      const text = itemText(source)
      made.push({
        id: ids.next(section, text, taken, shared),
        text,
        entityIds: source.entities,
        provenance: provenance(),
      })
    }
    return made
  }
  function* build(index: 0 | 1): Steps<RoleContribution> {
    const parsed = article.roles[index]
    const sections: Partial<Role['sections']> = {}
    for (const key of sectionKeys) sections[key] = yield* items(index, key)
    const name = normaliseText(parsed.name)
    const figures = article.outlookFigures
      .filter((figure) => figure.roleName === null || normaliseText(figure.roleName) === name)
      .map((figure) => toFigure(figure, provenance()))
    return {
      name: parsed.name,
      aliases: [],
      summary: parsed.sections.definition,
      sections: sections as Role['sections'],
      outlook: { statements: yield* items(index, 'outlook'), figures },
    }
  }
  const first = yield* build(0)
  const second = yield* build(1)
  return [first, second]
}
