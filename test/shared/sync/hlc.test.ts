import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  HLC_ZERO,
  MAX_CLOCK_AHEAD_MS,
  formatStamp,
  isStampOf,
  isTooFarAhead,
  parseStamp,
  receive,
  tick,
  type HlcState,
} from '@shared/sync/hlc'
import { Replica } from '@shared/sync/replica'
import { admitByClock } from '@shared/sync/skew'
import { eventOf } from './arbitraries'

const NOW = 1_780_000_000_000
const HOUR = 3_600_000
const YEAR = 365 * 24 * HOUR

/** A step of one device: a local edit, or reading a stamp another device wrote. */
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), now: fc.integer({ min: 0, max: 2 * NOW }) }),
  fc.record({
    kind: fc.constant('receive' as const),
    now: fc.integer({ min: 0, max: 2 * NOW }),
    wall: fc.integer({ min: 0, max: 2 * NOW }),
    counter: fc.integer({ min: 0, max: 999_999 }),
  }),
)

describe('the hybrid logical clock', () => {
  it('tells which device stamped a stamp, as parsing it would', () => {
    const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/)
    fc.assert(
      fc.property(idArb, idArb, fc.nat(10 ** 9), (stamper, asked, wall) => {
        const stamp = formatStamp({ wall, counter: 0 }, stamper)
        expect(isStampOf(stamp, asked)).toBe(parseStamp(stamp)?.deviceId === asked)
      }),
    )
    expect(isStampOf(formatStamp({ wall: 1, counter: 0 }, 'device-a'), 'a')).toBe(false)
  })

  it('is monotonic per device whatever the wall clock and the stamps read do', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        let state: HlcState = HLC_ZERO
        let last = formatStamp(state, 'device-a')
        for (const step of steps) {
          state =
            step.kind === 'tick'
              ? tick(state, step.now)
              : receive(state, { wall: step.wall, counter: step.counter }, step.now)
          const stamp = formatStamp(state, 'device-a')
          expect(stamp > last).toBe(true)
          last = stamp
        }
      }),
    )
  })

  it('round-trips a stamp through its text', () => {
    expect(parseStamp(formatStamp({ wall: NOW, counter: 7 }, 'dev-123'))).toEqual({
      wall: NOW,
      counter: 7,
      deviceId: 'dev-123',
    })
    expect(parseStamp('not a stamp')).toBeNull()
  })

  it('gives an edit made after seeing another the win, under any clock offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50 * YEAR, max: 50 * YEAR }),
        fc.integer({ min: -50 * YEAR, max: 50 * YEAR }),
        fc.integer({ min: 0, max: 10 * HOUR }),
        (offsetA, offsetB, gap) => {
          // A edits, B reads A's edit (advancing its clock), then B edits the same field.
          const clockA = tick(HLC_ZERO, NOW + offsetA)
          const stampA = formatStamp(clockA, 'device-a')
          const seenByB = receive(HLC_ZERO, clockA, NOW + gap + offsetB)
          const stampB = formatStamp(tick(seenByB, NOW + gap + offsetB), 'device-b')
          const replica = new Replica()
          replica.apply([
            {
              kind: 'put',
              id: 'device-b:1',
              clock: stampB,
              collection: 'plans',
              recordId: 'p',
              fields: { title: 'B' },
            },
            {
              kind: 'put',
              id: 'device-a:1',
              clock: stampA,
              collection: 'plans',
              recordId: 'p',
              fields: { $: {}, title: 'A' },
            },
          ])
          expect(replica.recordOf('plans', 'p')?.['title']).toBe('B')
          // The same holds for progress: B's tick after seeing A's is B's.
          const events = new Replica()
          events.apply([
            {
              kind: 'event',
              id: 'device-b:2',
              clock: stampB,
              event: eventOf('b', 'skill:sql', 'done'),
            },
            {
              kind: 'event',
              id: 'device-a:2',
              clock: stampA,
              event: eventOf('a', 'skill:sql', 'learning'),
            },
          ])
          expect(events.latestEventOf('skill:sql')?.event.id).toBe('b')
        },
      ),
    )
  })

  it('quarantines a device more than a day ahead, without throwing, and keeps the rest', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -60 * YEAR, max: 60 * YEAR }),
          // Right at the limit, where a comparison off by one would show.
          fc.integer({ min: MAX_CLOCK_AHEAD_MS - 2, max: MAX_CLOCK_AHEAD_MS + 2 }),
        ),
        (offset) => {
          const stamp = formatStamp({ wall: Math.max(0, NOW + offset), counter: 0 }, 'device-c')
          const sane = formatStamp({ wall: NOW, counter: 1 }, 'device-a')
          const result = admitByClock(
            [
              {
                kind: 'event',
                id: 'device-c:1',
                clock: stamp,
                event: eventOf('c', 'skill:sql', 'done'),
              },
              {
                kind: 'event',
                id: 'device-a:1',
                clock: sane,
                event: eventOf('a', 'skill:sql', 'done'),
              },
            ],
            NOW,
          )
          const ahead = Math.max(0, NOW + offset) - NOW > MAX_CLOCK_AHEAD_MS
          expect(result.quarantinedDevices.has('device-c')).toBe(ahead)
          expect(result.admitted.map((op) => op.id)).toEqual(
            ahead ? ['device-a:1'] : ['device-c:1', 'device-a:1'],
          )
          expect(isTooFarAhead(stamp, NOW)).toBe(ahead)
        },
      ),
    )
  })

  it('holds back the same ops when told the newest clock among them as when it looks', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            device: fc.constantFrom('device-a', 'device-b'),
            offset: fc.integer({ min: -YEAR, max: MAX_CLOCK_AHEAD_MS + 2 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (drafts) => {
          const ops = drafts.map(({ device, offset }, n) => ({
            kind: 'event' as const,
            id: `${device}:${n + 1}`,
            clock: formatStamp({ wall: NOW + offset, counter: 0 }, device),
            event: eventOf(`e${n}`, 'skill:sql', 'done'),
          }))
          const newest = ops.map((op) => op.clock).reduce((a, b) => (b > a ? b : a))
          expect(admitByClock(ops, NOW, newest)).toEqual(admitByClock(ops, NOW))
        },
      ),
    )
  })

  it('never moves the clock backwards when a stamp from 50 years ago arrives', () => {
    const state = tick(HLC_ZERO, NOW)
    const after = receive(state, { wall: NOW - 50 * YEAR, counter: 3 }, NOW)
    expect(formatStamp(after, 'a') > formatStamp(state, 'a')).toBe(true)
    expect(after.wall).toBe(NOW)
  })
})
