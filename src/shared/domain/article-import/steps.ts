/**
 * Long work in the domain is written as a generator that yields between small steps (one
 * item merged), so that main can spread it over several turns of its event loop while tests
 * and scripts simply run it through.
 */
export type Steps<T> = Generator<void, T, void>

/** Runs every step at once and returns the result. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}
