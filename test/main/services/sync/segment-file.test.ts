import fc from 'fast-check'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Op } from '@shared/sync/ops'
import { appendedOpsText, makeFormat1Segment, segmentText } from '@shared/sync/segment'
import {
  crc32Hex,
  parseSegmentFile,
  wholeSegmentText,
} from '../../../../src/main/services/sync/segment-file'
import { eventOf, opsArb } from '../../../shared/sync/arbitraries'

const DEVICE = 'device-a'
const expected = { deviceId: DEVICE, number: 1 }

function eventOp(seq: number, note: string): Op {
  const event = eventOf(`e${seq}`, 'skill:sql', 'done')
  return {
    kind: 'event',
    id: `${DEVICE}:${seq}`,
    clock: `00170000000000${seq}.000000.${DEVICE}`,
    event: { ...event, after: { ...event.after, notes: note } },
  }
}

/** Two ops, one with a note of characters two, three and four bytes long in UTF-8. */
const ops = [eventOp(1, 'plain'), eventOp(2, 'naïve – 😀')]
const bytesOf = (text: string): Buffer => Buffer.from(text, 'utf8')

describe('a segment file in format 2', () => {
  it('reads back what was written', () => {
    const read = parseSegmentFile(bytesOf(wholeSegmentText(DEVICE, 1, false, ops)), expected)
    expect(read).toMatchObject({ ok: true, segment: { ops } })
  })

  it('is skipped when one of its bytes was changed, or its checksum is not its own', () => {
    const text = wholeSegmentText(DEVICE, 1, false, ops)
    expect(parseSegmentFile(bytesOf(text.replace('plain', 'plan!')), expected)).toEqual({
      ok: false,
      problem: 'checksum',
    })
    const otherCrc = text.replace(/"crc32":"[0-9a-f]{8}"/, '"crc32":"0badf00d"')
    expect(parseSegmentFile(bytesOf(otherCrc), expected)).toEqual({
      ok: false,
      problem: 'checksum',
    })
  })

  it('is skipped when a byte inside a multi-byte character was garbled', () => {
    const bytes = bytesOf(wholeSegmentText(DEVICE, 1, false, ops))
    for (const character of ['ï', '–', '😀']) {
      const encoded = bytesOf(character)
      const at = bytes.indexOf(encoded)
      // Each byte of the character in turn: a lead byte or a continuation byte gone wrong.
      for (let offset = 0; offset < encoded.length; offset++) {
        const garbled = Buffer.from(bytes)
        garbled[at + offset] = (garbled[at + offset] as number) ^ 0x10
        // Still JSON: decoding makes a replacement character or another letter of it.
        expect(() => JSON.parse(garbled.toString('utf8'))).not.toThrow()
        expect(parseSegmentFile(garbled, expected)).toEqual({ ok: false, problem: 'checksum' })
      }
    }
  })

  it('is read when written out another way (indented, keys reordered), and checked all the same', () => {
    const { crc32: crc, ...rest } = JSON.parse(wholeSegmentText(DEVICE, 1, false, ops)) as {
      crc32: string
    }
    const text = JSON.stringify({ crc32: crc, ...rest }, null, 2)
    expect(parseSegmentFile(bytesOf(text), expected)).toMatchObject({ ok: true })
    expect(parseSegmentFile(bytesOf(text.replace('plain', 'plan!')), expected)).toEqual({
      ok: false,
      problem: 'checksum',
    })
  })

  it('is the text of the whole segment when written one appended op at a time, its CRC carried on', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(), fc.boolean(), (all, cut, sealed) => {
        const at = all.length === 0 ? 0 : cut % (all.length + 1)
        const beforeText = JSON.stringify(all.slice(0, at))
        const opsText = appendedOpsText(beforeText, all.slice(at))
        // As folder-writer.ts carries it: the CRC of all but the closing bracket, then on.
        const before = crc32(beforeText.slice(0, -1))
        const carried =
          at === 0 ? crc32(opsText) : crc32(opsText.slice(beforeText.length - 1), before)
        const text = segmentText(DEVICE, 7, sealed, opsText, crc32Hex(carried))
        expect(text).toBe(wholeSegmentText(DEVICE, 7, sealed, all))
        expect(parseSegmentFile(bytesOf(text), { deviceId: DEVICE, number: 7 }).ok).toBe(
          all.every((op) => op.id.startsWith(`${DEVICE}:`)),
        )
      }),
    )
  })
})

describe('a segment file in format 1 (release 0.1.0)', () => {
  it('is still read, and still checked', () => {
    const text = JSON.stringify(makeFormat1Segment(DEVICE, 1, true, ops))
    expect(parseSegmentFile(bytesOf(text), expected)).toMatchObject({
      ok: true,
      segment: { ops, sealed: true },
    })
    expect(parseSegmentFile(bytesOf(text.replace('plain', 'plan!')), expected)).toEqual({
      ok: false,
      problem: 'checksum',
    })
  })
})
