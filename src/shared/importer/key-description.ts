/** A "Key: description" item split in two; items without a key keep all their text. */
export interface KeyedText {
  text: string
  key?: string
}

const MAX_KEY_WORDS = 6
// A key is a short label: no sentence punctuation, no brackets, and it starts with a letter.
const KEYED = /^(\p{L}[^:.;!?()[\]]{0,59}?)\s*:\s+(\S.*)$/u

/** Splits "Model Development: Design and build models." into key and description. */
export function splitKeyDescription(item: string): KeyedText {
  // Most items have no colon at all; the plain search spares them the pattern.
  const match = item.includes(':') ? KEYED.exec(item) : null
  if (!match) return { text: item }
  const key = (match[1] ?? '').trim()
  const text = (match[2] ?? '').trim()
  if (key.split(/\s+/).length > MAX_KEY_WORDS || text === '') return { text: item }
  return { key, text }
}
