import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl, isAppUrl } from '../../../src/main/security/url-policy'

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
  ])('rejects %s', (_label, url) => expect(isAllowedExternalUrl(url)).toBe(false))
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
