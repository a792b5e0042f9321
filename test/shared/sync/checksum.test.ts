import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { FNV_OFFSET, fnv1a, fnvHex, fnvOn } from '@shared/sync/checksum'

describe('the checksum of part of a text', () => {
  it('is the checksum of that part cut out', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40, unit: 'grapheme' }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y)
          expect(fnv1a(text, start, end)).toBe(fnv1a(text.slice(start, end)))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('tells texts one character apart', () => {
    expect(fnv1a('{"ops":[1]}', 7, 10)).toBe(fnv1a('[1]'))
    expect(fnv1a('[1]')).not.toBe(fnv1a('[2]'))
  })
})

describe('a checksum carried on', () => {
  it('over a text then what is appended is the checksum of the whole', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (head, tail) => {
        expect(fnvHex(fnvOn(fnvOn(FNV_OFFSET, head), tail))).toBe(fnv1a(head + tail))
      }),
      { numRuns: 300 },
    )
  })

  it('is the known FNV-1a of a text, so segments already written still check', () => {
    expect(fnv1a('')).toBe('811c9dc5')
    expect(fnv1a('a')).toBe('e40c292c')
    expect(fnv1a('foobar')).toBe('bf9cf968')
  })
})
