/** Route patterns such as `/plans/:id`: matching a path against one, and filling one in. */

/** The values of `pattern`'s `:name` segments in `path`, or undefined if it does not match. */
export function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/')
  const have = path.split('/')
  if (pattern === '' || want.length !== have.length) return undefined
  const params: Record<string, string> = {}
  for (const [index, segment] of want.entries()) {
    const actual = have[index] ?? ''
    if (segment.startsWith(':')) {
      if (actual === '') return undefined
      try {
        params[segment.slice(1)] = decodeURIComponent(actual)
      } catch {
        // A malformed escape ("%E0%A4%A") cannot name anything we have.
        return undefined
      }
    } else if (segment !== actual) {
      return undefined
    }
  }
  return params
}

/** The path of `pattern` with its `:name` segments filled in, each encoded. */
export function fillPattern(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''))
}
