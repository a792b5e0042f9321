import { describe, expect, it } from 'vitest'
import { externalHref, isAllowedExternalUrl, isAppUrl } from '../../../src/main/security/url-policy'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://aijobs.net/salaries',
    'https://www.bls.gov/ooh/?x=1#top',
    'HTTPS://Example.COM',
  ])('accepts the https link %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true))

  it.each([
    ['plain http', 'http://example.com'],
    ['a file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'ms-settings:privacy'],
    ['smb', 'smb://server/share'],
    ['credentials', 'https://user:pass@example.com'],
    ['a user name only', 'https://google.com@evil.example'],
    ['no host', 'https://'],
    ['a relative path', '/etc/passwd'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
    ['embedded whitespace', 'https://exa mple.com'],
    ['a control character', 'https://example.com/\u0000'],
    ['a newline', 'https://example.com/\nfile:///x'],
    ['a backslash before @', 'https://example.com\\@evil.com'],
    ['no slashes', 'https:example.com'],
    ['backslashes for slashes', 'https:\\\\example.com'],
    ['one slash', 'https:/example.com'],
    ['an empty user name', 'https://@example.com'],
    ['an empty user name and password', 'https://:@example.com'],
    ['the host "."', 'https://./'],
    ['the host "-"', 'https://-/'],
    ['a label ending in a hyphen', 'https://evil-.example/'],
    ['an empty label', 'https://a..example/'],
    ['a single-label host', 'https://intranet/'],
    ['a zero-width space in the host', 'https://exa\u200bmple.com/'],
    ['a zero-width joiner in the path', 'https://example.com/\u200dpath'],
    ['a right-to-left override', 'https://example.com/\u202egpj.exe'],
    ['a byte-order mark', '\ufeffhttps://example.com/'],
    ['localhost', 'https://localhost/'],
    ['a localhost subdomain', 'https://app.localhost/'],
    ['a .local name', 'https://printer.local/'],
    ['a loopback address', 'https://127.0.0.1/'],
    ['a loopback address written as one number', 'https://2130706433/'],
    ['a private address', 'https://192.168.1.1/admin'],
    ['another private address', 'https://10.0.0.1/'],
    ['a link-local address', 'https://169.254.169.254/latest/meta-data'],
    ['IPv6 loopback', 'https://[::1]/'],
    ['an IPv6 unique local address', 'https://[fd00::1]/'],
    ['IPv4 mapped into IPv6', 'https://[::ffff:127.0.0.1]/'],
  ])('rejects %s', (_label, url) => expect(isAllowedExternalUrl(url)).toBe(false))

  it('hands on the parsed href, with a look-alike name in its punycode form', () => {
    expect(externalHref('HTTPS://Example.COM')).toBe('https://example.com/')
    expect(externalHref('https://example.com/a b')).toBeNull()
    // "аpple.com" with a Cyrillic а: the browser is given, and the app shows, xn--pple-43d.com.
    expect(externalHref('https://\u0430pple.com/')).toBe('https://xn--pple-43d.com/')
    expect(externalHref('https://8.8.8.8/')).toBe('https://8.8.8.8/')
  })
})

describe('isAppUrl', () => {
  const packaged = 'file:///opt/Role%20Atlas/resources/app/out/renderer/index.html'
  const dev = 'http://localhost:5173'

  it('accepts the packaged page with any route hash', () => {
    expect(isAppUrl(`${packaged}#/roles/data-manager`, packaged)).toBe(true)
  })

  it('rejects other files, even next to ours', () => {
    expect(
      isAppUrl('file:///opt/Role%20Atlas/resources/app/out/renderer/other.html', packaged),
    ).toBe(false)
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false)
    expect(
      isAppUrl('file://evil-host/opt/Role%20Atlas/resources/app/out/renderer/index.html', packaged),
    ).toBe(false)
  })

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/#/library', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false)
    expect(isAppUrl('http://user@localhost:5173/', dev)).toBe(false)
  })

  it('rejects unparseable URLs and other schemes', () => {
    expect(isAppUrl('about:blank', packaged)).toBe(false)
    expect(isAppUrl('', packaged)).toBe(false)
    expect(isAppUrl('https://example.com', 'app://role-atlas')).toBe(false)
  })
})
