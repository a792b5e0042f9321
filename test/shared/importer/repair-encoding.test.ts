import { describe, expect, it } from 'vitest'
import { repairEncoding } from '@shared/importer/repair-encoding'

/** Damages text the way the seeds were damaged: UTF-8 bytes read through a code page. */
function misread(text: string, upperHalf: 'windows-874' | 'windows-1253' | 'windows-1252'): string {
  const bytes = new TextEncoder().encode(text)
  // The damaged seeds show bytes 0x80–0x9F as Windows-1252 whatever the code page above.
  const low = new TextDecoder('windows-1252')
  const high = new TextDecoder(upperHalf)
  return [...bytes].map((b) => (b < 0xa0 ? low : high).decode(new Uint8Array([b]))).join('')
}

describe('repairEncoding', () => {
  const damaged: [string, string, string][] = [
    ['Thai', '5 min read ยท Dec. 6', '5 min read · Dec. 6'],
    ['Greek', '5 min read Β· Dec. 6', '5 min read · Dec. 6'],
    ['Thai dash', 'Artificial Intelligence โ€“ Expert', 'Artificial Intelligence – Expert'],
    ['Thai apostrophe', 'Bachelorโ€™s degree', 'Bachelor’s degree'],
    ['Thai emoji', 'Featured Job ๐Ÿ‘€', 'Featured Job 👀'],
    ['Windows-1252 apostrophe', 'Masterâ€™s degree', 'Master’s degree'],
  ]
  it.each(damaged)('repairs %s damage', (_, text, repaired) => {
    expect(repairEncoding(text).text).toBe(repaired)
  })

  it('counts one repair per restored character', () => {
    expect(repairEncoding('ยท and โ€™ and ๐Ÿ‘€')).toEqual({ text: '· and ’ and 👀', repairs: 3 })
  })

  it.each(['windows-874', 'windows-1253', 'windows-1252'] as const)(
    'undoes %s damage of any text it can damage',
    (codePage) => {
      const original = 'Café “quotes” – ünïcödé · 👀 — naïve façade ’s'
      const text = misread(original, codePage)
      expect(text).not.toBe(original)
      expect(repairEncoding(text).text).toBe(original)
    },
  )

  it('leaves correct text alone, accents and Thai or Greek words included', () => {
    for (const text of [
      'Café, naïve, résumé — “quoted” · ok',
      'ภาษาไทย and Ελληνικά',
      'Price: 5 € or £4',
      'plain ASCII only',
    ]) {
      expect(repairEncoding(text)).toEqual({ text, repairs: 0 })
    }
  })

  it('leaves a sequence alone that would decode to an invalid character', () => {
    // "Ã" followed by a non-continuation, and a lone lead at the end.
    expect(repairEncoding('Ã and Ã').repairs).toBe(0)
    // 0xED 0xA0 0x80 would be a UTF-16 surrogate.
    expect(repairEncoding('í\u00A0\u0080').repairs).toBe(0)
  })
})
