const MAX_NAMED = 3

/** "A", "A and B", "A, B and C", or "A, B, C and 4 more": a list short enough for one sentence. */
export function listPhrase(names: readonly string[]): string {
  if (names.length > MAX_NAMED) {
    return `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more`
  }
  const last = names.at(-1) ?? ''
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${last}` : last
}
