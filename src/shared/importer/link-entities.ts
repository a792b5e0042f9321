import type { EntityLinker } from '../domain/entity-linker'
import type { KeyedText } from './key-description'
import type { ParsedItem } from './types'

/**
 * Characters of item text linked in one pass. Each pass has a fixed cost (the spellings the
 * index cannot take run as patterns over the pass's text), so linking many items at once costs
 * far less than one pass per item. The cap keeps a huge article's candidate list and its map of
 * claimed characters small; a whole article's items usually fit in one pass.
 */
const CHUNK_CHARS = 8_192

/**
 * Cuts a text longer than a chunk at spaces into pieces no longer than one. Only a text no
 * article holds (an "item" of thousands of words) is ever cut.
 */
function pieces(text: string): string[] {
  const result: string[] = []
  let rest = text
  while (rest.length > CHUNK_CHARS) {
    const space = rest.lastIndexOf(' ', CHUNK_CHARS)
    const cut = space > 0 ? space : CHUNK_CHARS
    result.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  result.push(rest)
  return result
}

/** The entity ids of each text, found by linking the texts a chunk at a time. */
function linkTexts(texts: readonly string[], linker: EntityLinker): string[][] {
  const entities: string[][] = texts.map(() => [])
  const parts = texts.flatMap((text, owner) => pieces(text).map((piece) => ({ piece, owner })))
  let first = 0
  while (first < parts.length) {
    // Texts are joined by a line break, which no entity name spans, so no mention crosses
    // from one text into the next.
    const starts: number[] = []
    let joined = ''
    let next = first
    while (next < parts.length && (next === first || joined.length < CHUNK_CHARS)) {
      if (next > first) joined += '\n'
      starts.push(joined.length)
      joined += parts[next]?.piece ?? ''
      next++
    }
    let at = 0
    for (const mention of linker.mentions(joined)) {
      while (at + 1 < starts.length && (starts[at + 1] ?? 0) <= mention.start) at++
      const ids = entities[parts[first + at]?.owner ?? -1]
      if (ids && !ids.includes(mention.entityId)) ids.push(mention.entityId)
    }
    first = next
  }
  return entities
}

/**
 * Links every item of every group, "Key: description" items on their key and description
 * together, and returns the groups as parsed items in the same shape.
 */
export function linkItems(
  groups: readonly (readonly KeyedText[])[],
  linker: EntityLinker,
): ParsedItem[][] {
  const texts = groups.flatMap((group) =>
    group.map((item) => (item.key ? `${item.key}: ${item.text}` : item.text)),
  )
  const entities = linkTexts(texts, linker)
  let index = 0
  return groups.map((group) =>
    group.map((item) => ({
      text: item.text,
      ...(item.key !== undefined && { key: item.key }),
      entities: entities[index++] ?? [],
    })),
  )
}
