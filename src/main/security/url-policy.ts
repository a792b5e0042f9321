/**
 * Pure decisions about URLs, kept apart from Electron so every hostile case can be tested.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True when `url` is the app's own page: same origin for an http(s) dev server, the same file
 * for a packaged `file:` page. Query and hash may differ (the renderer routes by hash).
 */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  const candidate = parse(url)
  const entry = parse(appEntryUrl)
  if (!candidate || !entry || candidate.protocol !== entry.protocol) return false
  if (entry.protocol === 'file:') return candidate.pathname === entry.pathname && !candidate.host
  if (entry.protocol === 'http:' || entry.protocol === 'https:') {
    return candidate.origin === entry.origin && !candidate.username && !candidate.password
  }
  return false
}

/** The URL parser silently drops tabs and newlines; a link containing them is suspect. */
function hasSpaceOrControlCharacter(url: string): boolean {
  return [...url].some((char) => {
    const code = char.charCodeAt(0)
    return code <= 0x20 || code === 0x7f || /\s/.test(char)
  })
}

/**
 * True when a link may be handed to the system browser: https only, a real host name, and
 * no user name or password in the URL (a common way to disguise where a link goes).
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (hasSpaceOrControlCharacter(url)) return false
  const parsed = parse(url)
  if (!parsed) return false
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname.length > 0 &&
    parsed.username === '' &&
    parsed.password === ''
  )
}
