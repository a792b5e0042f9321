import type { OutlookFigure, Provenance, RoleItem } from '../role'
import { ItemIndex, itemFeatures, RELATED_SCORE, type ItemMatch } from './item-matcher'
import { UniqueIds } from './slug'
import type { Steps } from './steps'
import { normaliseText } from './text-match'

/**
 * What a merge does with one incoming item: adds it (`new`), credits the existing item it
 * repeats (`same`), or credits the one it comes near (`near`) unless the user keeps it apart.
 */
export type ItemFate =
  | { verdict: 'new' }
  | {
      verdict: 'same' | 'near'
      /** The item it matched, as it reads in the role (or earlier in the same article). */
      matchId: string
      matchText: string
      /** Whether the item it matched already cites the same article. */
      sameArticle: boolean
      /** True when the user chose to keep this near match as an item of its own. */
      keptApart: boolean
    }

/** How many incoming items a merge added and how many it found already there. */
export interface MergeCounts {
  added: number
  duplicates: number
}

/** How many existing items of a list one step indexes. */
const EXISTING_PER_STEP = 50

/** Two items of one article are one item only when they score this high. */
const REPEAT_IN_ARTICLE = 0.8

function citingBoth(existing: Provenance, incoming: Provenance): Provenance {
  return {
    origin: existing.origin,
    articleIds: [...new Set([...existing.articleIds, ...incoming.articleIds])],
  }
}

function credited<T extends { provenance: Provenance }>(match: T, item: T): T {
  return { ...match, provenance: citingBoth(match.provenance, item.provenance) }
}

/** Options of one list's union. */
export interface UnionOptions {
  /** Positions of incoming items the user chose to keep apart from their near match. */
  keptApart?: ReadonlySet<number> | undefined
  /**
   * The article the incoming items come from. Items the list already credits to it were
   * written from the same text, so an incoming item that comes only loosely near one of them
   * is still offered as a near match.
   */
  articleId?: string | undefined
}

/**
 * The union of two lists of items, with each incoming item's fate: an incoming item that
 * repeats an existing one (or one added before it), or comes near it and was not kept apart,
 * only adds its articles to that item's provenance; a new one is appended with an id unique
 * in the list. Each item is read once and looked up in an index, so this is linear in the
 * two lists however long they are.
 */
export function* unionOfItems(
  existing: readonly RoleItem[],
  incoming: readonly RoleItem[],
  options: UnionOptions,
  counts: MergeCounts,
): Steps<{ items: RoleItem[]; fates: ItemFate[] }> {
  const items = [...existing]
  const index = new ItemIndex()
  // The article's own items already added, by their place in `items`: looked up apart,
  // since only a plain repeat within one article counts.
  const added = new ItemIndex()
  const addedAt: number[] = []
  // The items already credited to this article, by their place in `items`.
  const fromArticle = new ItemIndex()
  const fromArticleAt: number[] = []
  const ids = new UniqueIds()
  // A few dozen existing items a step: a role that already holds an earlier import of a large
  // article has tens of thousands, which took some 50 ms to index at once.
  for (const [at, item] of existing.entries()) {
    if (at > 0 && at % EXISTING_PER_STEP === 0) yield
    index.add(item)
    ids.take(item.id)
    if (options.articleId === undefined) continue
    if (!item.provenance.articleIds.includes(options.articleId)) continue
    fromArticle.add(item)
    fromArticleAt.push(at)
  }
  const fates: ItemFate[] = []
  for (const [position, item] of incoming.entries()) {
    yield
    fates.push(fateOfIncoming(item, position))
  }
  return { items, fates }

  function fateOfIncoming(item: RoleItem, position: number): ItemFate {
    const features = itemFeatures(item)
    let match: ItemMatch | null = index.bestMatch(features)
    if (!match) {
      // The article lists its own items apart on purpose: only a plain repeat within it is one.
      const repeat = added.bestMatch(features, REPEAT_IN_ARTICLE)
      const at = repeat ? addedAt[repeat.index] : undefined
      if (repeat && at !== undefined && repeat.score >= REPEAT_IN_ARTICLE) {
        match = { ...repeat, index: at, verdict: 'same' }
      }
    }
    if (!match || match.verdict === 'near') {
      const loose = fromArticle.bestMatch(features, RELATED_SCORE)
      const at = loose ? fromArticleAt[loose.index] : undefined
      if (loose && at !== undefined && (!match || loose.score > match.score)) {
        match = { ...loose, index: at, verdict: loose.verdict === 'same' ? 'same' : 'near' }
      }
    }
    const target = match ? items[match.index] : undefined
    const keptApart = match?.verdict === 'near' && options.keptApart?.has(position) === true
    if (match && target && !keptApart) {
      items[match.index] = credited(target, item)
      counts.duplicates += 1
      return fateOf(match.verdict, target, options.articleId, false)
    }
    const id = ids.next(item.id)
    added.add(features)
    addedAt.push(items.length)
    items.push({ ...item, id })
    counts.added += 1
    return match && target ? fateOf('near', target, options.articleId, true) : { verdict: 'new' }
  }
}

function fateOf(
  verdict: 'same' | 'near',
  target: RoleItem,
  articleId: string | undefined,
  keptApart: boolean,
): ItemFate {
  return {
    verdict,
    matchId: target.id,
    matchText: target.text,
    sameArticle: articleId !== undefined && target.provenance.articleIds.includes(articleId),
    keptApart,
  }
}

function figureKey(figure: OutlookFigure): string {
  return [
    figure.kind,
    figure.unit,
    figure.value,
    normaliseText(figure.period),
    normaliseText(figure.source),
  ].join('|')
}

/** The union of two lists of outlook figures; a figure repeats one of the same value and source. */
export function unionOfFigures(
  existing: readonly OutlookFigure[],
  incoming: readonly OutlookFigure[],
  counts: MergeCounts,
): OutlookFigure[] {
  const figures = [...existing]
  const byKey = new Map<string, number>()
  existing.forEach((figure, at) => byKey.set(figureKey(figure), at))
  const ids = new UniqueIds(existing.map((figure) => figure.id))
  for (const figure of incoming) {
    const key = figureKey(figure)
    const at = byKey.get(key)
    const match = at === undefined ? undefined : figures[at]
    if (at !== undefined && match) {
      figures[at] = credited(match, figure)
      counts.duplicates += 1
      continue
    }
    byKey.set(key, figures.length)
    figures.push({ ...figure, id: ids.next(figure.id) })
    counts.added += 1
  }
  return figures
}
