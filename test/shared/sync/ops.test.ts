import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deviceOfOpId, isOpOfDevice } from '@shared/sync/ops'

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
