// Long enough for the screen to open and take an answer; too short for the user to have
// changed anything since it came.
const FRESH_FOR_MS = 2000

export interface AskedAhead<I, T> {
  /** Sends the request now, before the screen that needs its answer exists. */
  ahead(input: I): Promise<T>
  /** The answer for `input`: the one asked for ahead when it is for the same input and fresh. */
  take(input: I): Promise<T>
  /** Drops an answer asked for ahead: the screen it was for is not the one that opened. */
  discard(): void
}

/**
 * A request that can be sent while the screen needing it is still being built, as a link to
 * it is followed or the app starts, so its answer is on the way during the switch.
 */
export function askAhead<I, T>(send: (input: I) => Promise<T>): AskedAhead<I, T> {
  let asked: { key: string; answer: Promise<T>; answeredAt?: number } | undefined
  return {
    ahead(input) {
      const answer = send(input)
      const entry: NonNullable<typeof asked> = { key: JSON.stringify(input), answer }
      asked = entry
      // Freshness counts from the answer, so a slow one is not asked for a second time. A
      // failure is shown by the screen that takes the answer, not reported as unhandled here.
      const answered = (): void => {
        entry.answeredAt = performance.now()
      }
      answer.then(answered, answered)
      return answer
    },
    take(input) {
      const taken = asked
      asked = undefined
      const fresh =
        taken !== undefined &&
        (taken.answeredAt === undefined || performance.now() - taken.answeredAt < FRESH_FOR_MS)
      return fresh && taken.key === JSON.stringify(input) ? taken.answer : send(input)
    },
    discard() {
      asked = undefined
    },
  }
}
