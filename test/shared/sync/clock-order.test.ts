import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inClockOrder, type Clocked } from '@shared/sync/clock-order'
import { formatStamp } from '@shared/sync/hlc'
import { DEVICES } from './arbitraries'

interface Entry extends Clocked {
  /** Where the entry stood in the input, to tell equal entries apart. */
  readonly at: number
}

/** The order `inClockOrder` must give: a stable sort by (clock, event id). */
function sorted(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) =>
    a.clock === b.clock
      ? a.event.id < b.event.id
        ? -1
        : a.event.id > b.event.id
          ? 1
          : 0
      : a.clock < b.clock
        ? -1
        : 1,
  )
}

/** A few wall times and counters, so that clocks tie across devices and within one. */
const stampArb = fc
  .record({
    wall: fc.integer({ min: 0, max: 4 }),
    counter: fc.integer({ min: 0, max: 2 }),
    device: fc.constantFrom(...DEVICES),
  })
  .map(({ wall, counter, device }) => formatStamp({ wall, counter }, device))

const entryArb = fc.record({ clock: stampArb, id: fc.constantFrom('e1', 'e2', 'e3', 'e4') })

/**
 * Each device's entries in its own clock order, devices one after another: how the replica
 * holds events applied from a folder. Entries may repeat within and across devices.
 */
const devicesArb = fc.array(
  fc
    .array(entryArb, { maxLength: 12 })
    .map((device) =>
      [...device].sort((a, b) => (a.clock === b.clock ? 0 : a.clock < b.clock ? -1 : 1)),
    ),
  { maxLength: 4 },
)

function entriesOf(parts: readonly { clock: string; id: string }[]): Entry[] {
  return parts.map(({ clock, id }, at) => ({ clock, event: { id }, at }))
}

describe('putting clocked events in (clock, id) order', () => {
  it('gives what a stable sort gives for devices each in clock order, ties and repeats too', () => {
    fc.assert(
      fc.property(devicesArb, (devices) => {
        const entries = entriesOf(devices.flat())
        expect(inClockOrder(entries)).toEqual(sorted(entries))
      }),
    )
  })

  it('gives what a stable sort gives for entries in any order', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (parts) => {
        const entries = entriesOf(parts)
        expect(inClockOrder(entries)).toEqual(sorted(entries))
      }),
    )
  })

  it('orders an event after another of the same clock by its id', () => {
    const clock = formatStamp({ wall: 1, counter: 0 }, 'device-a')
    const entries = entriesOf([
      { clock, id: 'b' },
      { clock, id: 'a' },
    ])
    expect(inClockOrder(entries).map((entry) => entry.event.id)).toEqual(['a', 'b'])
  })

  it('leaves the list it was given as it was', () => {
    const entries = entriesOf([
      { clock: formatStamp({ wall: 2, counter: 0 }, 'device-a'), id: 'a' },
      { clock: formatStamp({ wall: 1, counter: 0 }, 'device-b'), id: 'b' },
    ])
    const before = [...entries]
    inClockOrder(entries)
    expect(entries).toEqual(before)
  })

  it('gives an empty list for none', () => {
    expect(inClockOrder([])).toEqual([])
  })
})
