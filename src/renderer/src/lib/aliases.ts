/**
 * "Also called A, B and C", naming at most `shown` of a role's other titles and counting the
 * rest: an O*NET occupation lists up to 134 alternate titles, which would bury a card.
 */
export function alsoCalled(aliases: readonly string[], shown: number): string {
  if (aliases.length === 0) return ''
  const named = aliases.slice(0, shown)
  const rest = aliases.length - named.length
  if (rest > 0) return `Also called ${named.join(', ')} and ${rest.toLocaleString('en')} more`
  if (named.length === 1) return `Also called ${named[0]}`
  return `Also called ${named.slice(0, -1).join(', ')} and ${named.at(-1)}`
}
