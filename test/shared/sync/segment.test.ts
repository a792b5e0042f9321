import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SEGMENT_FORMAT } from '@shared/sync/ops'
import {
  appendedOpsText,
  makeFormat1Segment,
  parseSegment,
  segmentText,
} from '@shared/sync/segment'
import { eventOf, opsArb } from './arbitraries'

const ops = [
  {
    kind: 'event' as const,
    id: 'device-a:1',
    clock: '001700000000000.000000.device-a',
    event: eventOf('e1', 'skill:sql', 'done'),
  },
]
const expected = { deviceId: 'device-a', number: 1 }

// Segments in format 1, as release 0.1.0 wrote them (format 2 is read in main: segment-file.ts).
describe('a segment file', () => {
  it('reads back what was written', () => {
    const text = JSON.stringify(makeFormat1Segment('device-a', 1, false, ops))
    expect(parseSegment(text, expected)).toMatchObject({ ok: true, segment: { ops } })
  })

  it('is refused when cut short, when its checksum fails, or when it names another device', () => {
    const text = JSON.stringify(makeFormat1Segment('device-a', 1, false, ops))
    expect(parseSegment(text.slice(0, text.length - 20), expected)).toEqual({
      ok: false,
      problem: 'unreadable',
    })
    expect(parseSegment(text.replace('"done"', '"todo"'), expected)).toEqual({
      ok: false,
      problem: 'checksum',
    })
    expect(parseSegment(text, { deviceId: 'device-b', number: 1 })).toEqual({
      ok: false,
      problem: 'wrong-device',
    })
    expect(parseSegment(text, { deviceId: 'device-a', number: 2 })).toEqual({
      ok: false,
      problem: 'wrong-number',
    })
  })

  it('is read when written out another way (indented, keys reordered), and checked all the same', () => {
    const { checksum, ...rest } = makeFormat1Segment('device-a', 1, false, ops)
    const text = JSON.stringify({ checksum, ...rest }, null, 2)
    expect(parseSegment(text, expected)).toMatchObject({ ok: true, segment: { ops } })
    expect(parseSegment(text.replace('"done"', '"todo"'), expected)).toEqual({
      ok: false,
      problem: 'checksum',
    })
  })

  it('is refused when it carries another device’s ops', () => {
    const foreign = ops.map((op) => ({ ...op, id: 'device-b:1' }))
    const text = JSON.stringify(makeFormat1Segment('device-a', 1, false, foreign))
    expect(parseSegment(text, expected)).toEqual({ ok: false, problem: 'wrong-device' })
  })

  it('is refused as of another format when it is in format 2 and no check of its bytes is given', () => {
    const text = segmentText('device-a', 1, false, JSON.stringify(ops), '00000000')
    expect(JSON.parse(text)).toMatchObject({ format: SEGMENT_FORMAT })
    expect(parseSegment(text, expected)).toEqual({ ok: false, problem: 'format' })
    // Release 0.1.0 asked for a `checksum` text before anything else, and skipped a file
    // without one as "not in a format this version reads".
    expect(JSON.parse(text)).not.toHaveProperty('checksum')
  })

  it('gives its ops as text exactly as the whole list’s JSON, one appended op at a time', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(), (ops, cut) => {
        const at = ops.length === 0 ? 0 : cut % (ops.length + 1)
        const opsText = appendedOpsText(JSON.stringify(ops.slice(0, at)), ops.slice(at))
        expect(opsText).toBe(JSON.stringify(ops))
      }),
    )
  })
})
