// Words whose full stop does not end a sentence: initialisms ("U.S."), "e.g.", titles.
const ABBREVIATION =
  /(?:^|[\s(])(?:(?:\p{L}\.)+\p{L}?|e\.g|i\.e|vs|etc|approx|Dr|Mr|Mrs|Ms|St|Inc|Ltd|Jr|Sr|No)\.$/iu

const ABBREVIATION_TAIL = 24

/** Splits a paragraph into its sentences, keeping each sentence's own punctuation. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = []
  let start = 0
  const boundary = /[.!?]["”’)]?\s+(?=["“(]?[\p{Lu}\p{N}])/gu
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length
    const candidate = paragraph.slice(start, end)
    // Only the candidate's last word matters; testing a short tail keeps this linear.
    if (ABBREVIATION.test(candidate.slice(-ABBREVIATION_TAIL))) continue
    sentences.push(candidate.trim())
    start = match.index + match[0].length
  }
  const rest = paragraph.slice(start).trim()
  if (rest !== '') sentences.push(rest)
  return sentences.filter((sentence) => sentence !== '')
}

/** True when a sentence or item stops where a complete one could not ("…such as", "…,"). */
export function endsMidSentence(text: string): boolean {
  return /(?:[,;:(/&–—-]|\b(?:and|or|the|a|an|of|to|with|for|in|on|by|as|such as|like|e\.g\.|including))$/i.test(
    text.trim(),
  )
}

/** True when text ends the way a finished sentence does. */
export function endsWithTerminalPunctuation(text: string): boolean {
  return /[.!?…]["”’)]?$/.test(text.trim())
}
