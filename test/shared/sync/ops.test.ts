import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deviceOfOpId, isOpOfDevice, seqOfOpId } from '@shared/sync/ops'

// Device ids as the schema has them; short ones from few characters, so that one is often a
// prefix of another ("abcdef" and "abcdefg").
const deviceIdArb = fc.string({
  unit: fc.constantFrom('a', 'b', '-', '_', '1'),
  minLength: 6,
  maxLength: 9,
})

describe('isOpOfDevice', () => {
  it('answers as cutting the device id out of the op id does, for every op id', () => {
    fc.assert(
      fc.property(deviceIdArb, deviceIdArb, fc.nat(), (writer, asked, seq) => {
        const opId = `${writer}:${seq}`
        expect(isOpOfDevice(opId, asked)).toBe(deviceOfOpId(opId) === asked)
      }),
      { numRuns: 2000 },
    )
  })

  it('tells a device from one whose id begins with it', () => {
    expect(isOpOfDevice('device-a:12', 'device-a')).toBe(true)
    expect(isOpOfDevice('device-ab:12', 'device-a')).toBe(false)
    expect(isOpOfDevice('device-a:12', 'device-ab')).toBe(false)
  })
})

describe('seqOfOpId', () => {
  it('reads the number after the last colon as Number does, whatever follows it', () => {
    const tailArb = fc.oneof(
      fc.nat().map(String),
      fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String),
      fc.string({ unit: fc.constantFrom('0', '1', '9', 'e', '.', ' ', '-', 'x'), maxLength: 17 }),
    )
    fc.assert(
      fc.property(deviceIdArb, tailArb, (device, tail) => {
        const opId = `${device}:${tail}`
        expect(seqOfOpId(opId)).toBe(Number(tail))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads the numbers of the longest op ids exactly', () => {
    expect(seqOfOpId('device-a:999999999999999')).toBe(999_999_999_999_999)
    expect(seqOfOpId('device-a:1234567890123456')).toBe(1_234_567_890_123_456)
  })
})
