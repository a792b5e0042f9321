/**
 * Pure decisions about URLs, kept apart from Electron so every hostile case can be tested.
 */
import { checkExternalLink } from '@shared/domain/links/external-link'

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

/**
 * True when a link may be handed to the system browser (see checkExternalLink for the rules).
 * Hand on {@link externalHref}'s answer, never the link as written.
 */
export function isAllowedExternalUrl(url: string): boolean {
  return checkExternalLink(url).ok
}

/** The parsed `href` to hand to the system browser, or null when the link is refused. */
export function externalHref(url: string): string | null {
  const checked = checkExternalLink(url)
  return checked.ok ? checked.href : null
}
