/**
 * A chart label in at most two lines of `maxChars`, broken between words; a second line that
 * would still be too long ends in "…" (the full name stays in the row's title and the table).
 */
export function labelLines(name: string, maxChars: number): string[] {
  if (name.length <= maxChars) return [name]
  const words = name.split(/\s+/)
  let first = ''
  let index = 0
  while (index < words.length) {
    const next = first ? `${first} ${words[index]}` : (words[index] ?? '')
    if (next.length > maxChars) break
    first = next
    index++
  }
  // One word longer than a line: cut it, as nothing else would fit.
  if (!first) return [`${name.slice(0, maxChars - 1)}…`]
  const rest = words.slice(index).join(' ')
  return [first, rest.length <= maxChars ? rest : `${rest.slice(0, maxChars - 1)}…`]
}
