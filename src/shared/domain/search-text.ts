/** Lower-case, trimmed, single-spaced: how search text and names are compared. */
export function normaliseSearchText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')
}

/** True when `query` starts a word of `spelling`: "bi" finds "Power BI", "sql" does not find "NoSQL". */
export function startsAWord(spelling: string, query: string): boolean {
  const text = normaliseSearchText(spelling)
  let index = text.indexOf(query)
  while (index !== -1) {
    const before = index === 0 ? '' : text.charAt(index - 1)
    if (!/[\p{L}\p{N}]/u.test(before)) return true
    index = text.indexOf(query, index + 1)
  }
  return false
}

/**
 * How many typos a word of this length may carry and still be found: none below four letters
 * (where one slip makes another word: "sql", "sas"), one up to seven, two from eight.
 */
function typosAllowed(length: number): number {
  if (length < 4) return 0
  return length < 8 ? 1 : 2
}

/**
 * The edit distance between two words, a swap of neighbouring letters counting as one edit
 * (optimal string alignment): "pyhton" is one edit from "python". Stops early, returning
 * `limit + 1`, once the words are further apart than `limit`.
 */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowBest = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }
      current.push(value)
      rowBest = Math.min(rowBest, value)
    }
    if (rowBest > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/** The words of a name: "Scikit-learn" is "scikit" and "learn"; "C++" stays "c++". */
function wordsOf(spelling: string): string[] {
  return normaliseSearchText(spelling)
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word.length > 0)
}

/** True when a word of `spelling` is `word` with a typo or two: "pyhton" finds "Python". */
export function nearlySpells(spelling: string, word: string): boolean {
  const limit = typosAllowed(word.length)
  if (limit === 0) return false
  return wordsOf(spelling).some(
    (candidate) =>
      typosAllowed(candidate.length) > 0 && typoDistance(candidate, word, limit) <= limit,
  )
}
