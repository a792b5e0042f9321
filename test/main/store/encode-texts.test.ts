import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeTextsSteps } from '../../../src/main/store/encode-texts'
import type { Steps } from '@shared/domain/article-import/steps'

const encoder = new TextEncoder()

/** The bytes the steps make, and the length of each text they encoded, step by step. */
function run(steps: (encode: (text: string) => Uint8Array) => Steps<Uint8Array>) {
  const encoded: number[][] = [[]]
  const bytes = (() => {
    const running = steps((text) => {
      encoded.at(-1)?.push(text.length)
      return encoder.encode(text)
    })
    for (;;) {
      const next = running.next()
      if (next.done) return next.value
      encoded.push([])
    }
  })()
  return { bytes, encoded }
}

describe('encodeTextsSteps', () => {
  it('gives the UTF-8 of the texts joined by the separator, whatever the piece size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }),
        fc.constantFrom('', ',\n'),
        fc.integer({ min: 1, max: 40 }),
        (texts, separator, pieceChars) => {
          const { bytes } = run((encode) => encodeTextsSteps(encode, texts, separator, pieceChars))
          expect(Buffer.from(bytes).toString('utf8')).toBe(texts.join(separator))
          expect(Buffer.from(bytes).equals(Buffer.from(texts.join(separator), 'utf8'))).toBe(true)
        },
      ),
    )
  })

  // A block of records (2 MB) joined into one string before it was encoded held main 8 to 20
  // ms in one step; a role of megabytes, joined whole, as long.
  it('never joins or encodes more than a piece in one step, however long the texts', () => {
    const texts = Array.from({ length: 200 }, (_, n) => `record ${n} `.repeat(1 + (n % 50)))
    const whole = texts.join(',\n').length
    const { bytes, encoded } = run((encode) => encodeTextsSteps(encode, texts, ',\n', 500))
    expect(Buffer.from(bytes).toString('utf8')).toBe(texts.join(',\n'))
    expect(Math.max(...encoded.map((step) => step.reduce((sum, n) => sum + n, 0)))).toBe(500)
    expect(encoded.length).toBeGreaterThanOrEqual(whole / 500)
  })

  // Copying a 10 MB role's pieces into one buffer at once took 5 to 8 ms in one step.
  it('puts the pieces of megabytes together a megabyte a step', () => {
    const texts = Array.from({ length: 4 }, (_, n) => `${n}`.repeat(1024 * 1024))
    const { bytes, encoded } = run((encode) => encodeTextsSteps(encode, texts, '', 64 * 1024))
    expect(Buffer.from(bytes).toString('utf8')).toBe(texts.join(''))
    const copying = encoded.filter((step) => step.length === 0).length
    expect(copying).toBeGreaterThanOrEqual(4)
  })
})
