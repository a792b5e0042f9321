/** Anything stamped with a clock and named by an id: what the merged activity log orders. */
export interface Clocked {
  readonly clock: string
  readonly event: { readonly id: string }
}

/** True when `a` sorts after `b` by (clock, event id): the order every merge uses. */
function isClockedAfter(a: Clocked, b: Clocked): boolean {
  return a.clock > b.clock || (a.clock === b.clock && a.event.id > b.event.id)
}

/**
 * `entries` ordered by (clock, event id), as a new list; equal entries keep their order.
 *
 * Entries come as each device made them, one device after another (a device's clock only
 * goes forward), so the list is a few long runs already in order: they are found in one
 * pass and merged two by two between two buffers, with the comparison written out rather
 * than handed to `sort`. A first merge of three computers' 50,000 events costs under two
 * comparisons an event. Any other order still comes out sorted, as from a merge sort of its
 * runs.
 */
export function inClockOrder<T extends Clocked>(entries: readonly T[]): T[] {
  // Where each run starts, and the end of the last.
  const starts: number[] = [0]
  for (let i = 1; i < entries.length; i++)
    if (isClockedAfter(entries[i - 1] as T, entries[i] as T)) starts.push(i)
  starts.push(entries.length)
  let from: T[] = entries.slice()
  if (starts.length <= 2) return from
  let to = new Array<T>(entries.length)
  let bounds = starts
  while (bounds.length > 2) {
    const next: number[] = [0]
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const start = bounds[r] as number
      const middle = bounds[r + 1] as number
      const end = bounds[r + 2] ?? middle
      mergeRuns(from, start, middle, end, to)
      next.push(end)
    }
    bounds = next
    ;[from, to] = [to, from]
  }
  return from
}

/**
 * Merges `from[start…middle)` and `from[middle…end)`, each in order, into `to[start…end)`; on
 * a tie the first run's entry comes first.
 */
function mergeRuns<T extends Clocked>(
  from: readonly T[],
  start: number,
  middle: number,
  end: number,
  to: T[],
): void {
  let i = start
  let j = middle
  let k = start
  while (i < middle && j < end) {
    const a = from[i] as T
    const b = from[j] as T
    if (isClockedAfter(a, b)) {
      to[k++] = b
      j++
    } else {
      to[k++] = a
      i++
    }
  }
  while (i < middle) to[k++] = from[i++] as T
  while (j < end) to[k++] = from[j++] as T
}
