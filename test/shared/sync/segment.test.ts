import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { appendedOpsText, makeSegment, parseSegment, segmentText } from '@shared/sync/segment'
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

describe('a segment file', () => {
  it('reads back what was written', () => {
    const text = JSON.stringify(makeSegment('device-a', 1, false, ops))
    expect(parseSegment(text, expected)).toMatchObject({ ok: true, segment: { ops } })
  })

  it('is refused when cut short, when its checksum fails, or when it names another device', () => {
    const text = JSON.stringify(makeSegment('device-a', 1, false, ops))
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
    const { checksum, ...rest } = makeSegment('device-a', 1, false, ops)
    const text = JSON.stringify({ checksum, ...rest }, null, 2)
    expect(parseSegment(text, expected)).toMatchObject({ ok: true, segment: { ops } })
    expect(parseSegment(text.replace('"done"', '"todo"'), expected)).toEqual({
      ok: false,
      problem: 'checksum',
    })
  })

  it('is refused when it carries another device’s ops', () => {
    const foreign = ops.map((op) => ({ ...op, id: 'device-b:1' }))
    const text = JSON.stringify(makeSegment('device-a', 1, false, foreign))
    expect(parseSegment(text, expected)).toEqual({ ok: false, problem: 'wrong-device' })
  })

  it('is written, one appended op at a time, as exactly the text of the whole segment', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(), fc.boolean(), (ops, cut, sealed) => {
        const at = ops.length === 0 ? 0 : cut % (ops.length + 1)
        const opsText = appendedOpsText(JSON.stringify(ops.slice(0, at)), ops.slice(at))
        expect(opsText).toBe(JSON.stringify(ops))
        const text = segmentText('device-a', 7, sealed, opsText)
        expect(text).toBe(JSON.stringify(makeSegment('device-a', 7, sealed, ops)))
        expect(parseSegment(text, { deviceId: 'device-a', number: 7 }).ok).toBe(
          ops.every((op) => op.id.startsWith('device-a:')),
        )
      }),
    )
  })
})
