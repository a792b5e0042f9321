/** The value below which a share `q` (0–1) of `values` falls (nearest rank); NaN for none. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1] as number
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Times of a measured subject and of its baseline, one of each per round. */
export interface Paired {
  subject: number[]
  baseline: number[]
}

/**
 * Runs `baseline` and `subject` `rounds` times each, alternating and starting with the other
 * one every round, so that a machine getting busier or calmer mid-run weighs on both alike.
 */
export async function alternate(
  rounds: number,
  subject: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<Paired> {
  const paired: Paired = { subject: [], baseline: [] }
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      paired.baseline.push(await baseline())
      paired.subject.push(await subject())
    } else {
      paired.subject.push(await subject())
      paired.baseline.push(await baseline())
    }
  }
  return paired
}

/**
 * The median of `times` runs of `measure`, one after the other: a steadier sample of a short
 * job than one run, for a baseline set beside a longer subject (a median of medians, then).
 */
export async function medianOf(times: number, measure: () => Promise<number>): Promise<number> {
  const values: number[] = []
  for (let i = 0; i < times; i++) values.push(await measure())
  return median(values)
}
