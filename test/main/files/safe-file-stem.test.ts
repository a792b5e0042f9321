/* eslint-disable no-control-regex -- the platforms' rules are about control characters */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeFileStem } from '../../../src/main/files/safe-file-stem'

/** What Windows (NTFS and the Win32 name rules) refuses or changes in a file name. */
function brokenOnWindows(name: string): boolean {
  return (
    /[<>:"/\\|?*\u0000-\u001f]/.test(name) ||
    /[. ]$/.test(name) ||
    /^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9¹²³])\s*(\.|$)/i.test(name)
  )
}

/** What macOS (APFS, and the Finder's ":" for "/") refuses or hides. */
function brokenOnMac(name: string): boolean {
  return /[/:\u0000]/.test(name) || name.startsWith('.') || name !== name.normalize('NFC')
}

/** What Linux (ext4) refuses or hides: "/", NUL, more than 255 bytes, a leading dot. */
function brokenOnLinux(name: string): boolean {
  return /[/\u0000]/.test(name) || Buffer.byteLength(name) > 255 || name.startsWith('.')
}

/** Characters that make a name read differently from what it is. */
function misleading(name: string): boolean {
  return /\p{Cf}/u.test(name)
}

describe('safeFileStem', () => {
  it.each([
    ['a right-to-left override', 'Plan\u202Etxt.exe', 'Plantxt.exe'],
    ['a left-to-right isolate', 'a\u2066b\u2069c', 'abc'],
    ['zero-width characters', 'Da\u200bta\u200c Ma\u200dnager\ufeff', 'Data Manager'],
    ['a soft hyphen', 'Da\u00adta', 'Data'],
    ['a C1 control', 'a\u0085b', 'a b'],
    ['decomposed accents', 'Donne\u0301es', 'Donn\u00e9es'],
  ])('removes %s', (_label, title, expected) => {
    expect(safeFileStem(title, 'Plan')).toBe(expected)
  })

  it.each([
    'COM¹',
    'lpt²',
    'COM³.txt',
    'COM0',
    'CONIN$',
    'conout$.md',
    'NUL .txt',
    'CON\u200b',
    'A\u202eUX',
  ])('puts the fallback before the Windows device name %s', (title) => {
    expect(safeFileStem(title, 'Plan')).toMatch(/^Plan /)
  })

  it('keeps ordinary names that only start like a device', () => {
    expect(safeFileStem('Console work', 'Plan')).toBe('Console work')
    expect(safeFileStem('COM10 notes', 'Plan')).toBe('COM10 notes')
  })

  it('gives a name every platform takes as it is, for any title', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc
            .tuple(
              fc.constantFrom('CON', 'com¹', 'LPT²', 'CONIN$', 'nul', 'aux'),
              fc.constantFrom('', '.txt', ' .md', '\u200b', ' '),
            )
            .map(([device, rest]) => device + rest),
        ),
        (title) => {
          const name = `${safeFileStem(title, 'Plan')}.md`
          expect(brokenOnWindows(name)).toBe(false)
          expect(brokenOnMac(name)).toBe(false)
          expect(brokenOnLinux(name)).toBe(false)
          expect(misleading(name)).toBe(false)
          // One normalisation: cleaning twice changes nothing.
          const stem = name.slice(0, -'.md'.length)
          expect(safeFileStem(stem, 'Plan')).toBe(stem)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
