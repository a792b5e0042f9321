/**
 * How many items one `push` hands over. Spreading a whole list into one call puts every item
 * on the stack as an argument, and V8 throws "Maximum call stack size exceeded" somewhere past
 * 120,000 of them: a heavy user's history or a large segment from another computer is that big.
 */
const PUSH_CHUNK = 10_000

/** Appends `items` (from `start` on) to the end of `target`, a chunk at a time. */
export function appendAll<T>(target: T[], items: readonly T[], start = 0): void {
  for (let from = start; from < items.length; from += PUSH_CHUNK)
    target.push(...items.slice(from, from + PUSH_CHUNK))
}
