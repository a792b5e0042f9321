/**
 * Which links may leave the app for the system browser, decided once for opening a link and
 * for saving one on a plan item. Pure, so every hostile form is tested apart from Electron.
 *
 * Decisions:
 * - https only, with a real public host name: at least two labels of letters, digits and
 *   inner hyphens (`.`, `-`, `a..b` and `intranet` are refused).
 * - No user name or password, not even an empty one (`https://@host`, `https://:@host`): the
 *   part before `@` is the classic way to make a link look like it goes somewhere else.
 * - The written form must be unambiguous, because the browser and our parser must not read
 *   it differently: `https://` written out (`https:example.com` and `https:\\example.com`
 *   are refused), no backslash anywhere, no spaces, control characters, zero-width or
 *   direction-changing characters.
 * - `localhost`, `*.localhost`, `*.local` and addresses of this computer or a private network
 *   (127/8, 10/8, 172.16/12, 192.168/16, 169.254/16, 0/8, 100.64/10, ::1, fc00::/7,
 *   fe80::/10) are refused: a link in a note or an imported article has no business reaching
 *   a router or a service on the user's own machine.
 * - Names in other scripts (IDN) are accepted, but what is handed on is the parsed `href`,
 *   whose host is in its ASCII (punycode, `xn--`) form; {@link ExternalLink.displayHost} is that
 *   form too, so a look-alike such as `аpple.com` (Cyrillic а) shows as `xn--pple-43d.com`
 *   wherever the app names the host before opening.
 */

/** The most characters a link may have, as the data file stores it. */
const EXTERNAL_LINK_MAX = 2048

export type ExternalLink =
  { ok: true; href: string; displayHost: string } | { ok: false; reason: string }

// Controls, spaces, and the invisible format characters (zero-width, bidi controls, BOM, soft
// hyphen) that make a link read differently from where it goes.
const INVISIBLE_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}\s]/u
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

function refused(reason: string): ExternalLink {
  return { ok: false, reason }
}

function ipv4Parts(host: string): number[] | null {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null
  const numbers = parts.map(Number)
  return numbers.every((n) => n <= 255) ? numbers : null
}

function isPrivateIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  )
}

function isPrivateIpv6(host: string): boolean {
  const address = host.slice(1, -1).toLowerCase()
  if (address === '::1' || address === '::') return true
  // IPv4 mapped into IPv6 (::ffff:127.0.0.1, which the parser writes as ::ffff:7f00:1).
  if (address.startsWith('::ffff:')) return true
  return /^f[cd]/.test(address) || /^fe[89ab]/.test(address)
}

function hostProblem(hostname: string): string | null {
  if (hostname.startsWith('[')) {
    return isPrivateIpv6(hostname)
      ? 'Links to this computer or a private network cannot be opened.'
      : null
  }
  const ipv4 = ipv4Parts(hostname)
  if (ipv4) {
    return isPrivateIpv4(ipv4)
      ? 'Links to this computer or a private network cannot be opened.'
      : null
  }
  const labels = hostname.split('.')
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) {
    return 'The link needs a full web address, such as https://example.com/page.'
  }
  const top = labels.at(-1) ?? ''
  if (top === 'localhost' || top === 'local' || /^\d+$/.test(top)) {
    return 'Links to this computer or a private network cannot be opened.'
  }
  return null
}

/**
 * Checks a link as the user or a file wrote it; when it may be opened, gives the parsed
 * `href` to hand on (never the raw text) and its host as it will be reached.
 */
export function checkExternalLink(raw: string): ExternalLink {
  if (raw.length === 0 || raw.length > EXTERNAL_LINK_MAX) {
    return refused(`Links must be between 1 and ${EXTERNAL_LINK_MAX} characters long.`)
  }
  if (INVISIBLE_OR_SPACE.test(raw) || raw.includes('\\')) {
    return refused(
      'The link holds spaces, backslashes or invisible characters; copy it again from the address bar.',
    )
  }
  if (!/^https:\/\//i.test(raw)) {
    return refused('Only secure web links, starting with https://, can be saved or opened.')
  }
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    return refused('This is not a web address; copy it again from the address bar.')
  }
  // Checked on the text as written: the parser drops an empty user name and password.
  const authority = raw.slice('https://'.length).split(/[/?#]/, 1)[0] ?? ''
  if (authority.includes('@') || parsed.username !== '' || parsed.password !== '') {
    return refused('Links with a user name or password (before an @) cannot be saved or opened.')
  }
  const problem = hostProblem(parsed.hostname)
  if (problem) return refused(problem)
  return { ok: true, href: parsed.href, displayHost: parsed.host }
}
