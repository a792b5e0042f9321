// Long enough for the screen to open and take the answer; too short for the user to have
// changed anything in between.
const FRESH_FOR_MS = 2000

export interface AskedAhead<I, T> {
  /** Sends the request now, before the screen that needs its answer exists. */
  ahead(input: I): Promise<T>
  /** The answer for `input`: the one asked for ahead when it is for the same input and fresh. */
  take(input: I): Promise<T>
}

/**
 * A request that can be sent while the screen needing it is still being built, as a link to
 * it is followed or the app starts, so its answer is on the way during the switch.
 */
export function askAhead<I, T>(send: (input: I) => Promise<T>): AskedAhead<I, T> {
  let asked: { key: string; at: number; answer: Promise<T> } | undefined
  return {
    ahead(input) {
      const answer = send(input)
      // A failure is shown by the screen that takes the answer, not reported as unhandled here.
      answer.catch(() => undefined)
      asked = { key: JSON.stringify(input), at: performance.now(), answer }
      return answer
    },
    take(input) {
      const taken = asked
      asked = undefined
      const fresh = taken !== undefined && performance.now() - taken.at < FRESH_FOR_MS
      return fresh && taken.key === JSON.stringify(input) ? taken.answer : send(input)
    },
  }
}
