/** `items` with `item` inserted at `index`, or at the end when `index` is past it. */
export function insertAt<T>(items: readonly T[], item: T, index: number): T[] {
  const at = Math.min(index, items.length)
  return [...items.slice(0, at), item, ...items.slice(at)]
}

/** `items` with the one at `from` moved to `toIndex`, or to the end when `toIndex` is past it. */
export function moveTo<T>(items: readonly T[], from: number, toIndex: number): T[] {
  const moving = items[from]
  if (moving === undefined) return [...items]
  return insertAt(
    items.filter((_, index) => index !== from),
    moving,
    toIndex,
  )
}
