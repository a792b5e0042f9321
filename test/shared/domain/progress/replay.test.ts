import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { replayLog, stateOf } from '@shared/domain/progress/replay'
import { EMPTY_PROGRESS } from '@shared/domain/progress/types'
import { changesArb, event, simulate, state, T0 } from './progress-fixtures'

const at = (hours: number): string => new Date(T0 + hours * 3_600_000).toISOString()

const log = [
  event('e1', 'skill:python', {}, { status: 'learning' }, { at: at(1) }),
  event('e2', 'tip:network', {}, { status: 'done' }, { at: at(2) }),
  event('e3', 'skill:python', { status: 'learning' }, { status: 'done', level: 3 }, { at: at(3) }),
]

describe('replayLog', () => {
  it('rebuilds the latest state of every key the log touches', () => {
    expect(replayLog(log)).toEqual(
      new Map([
        ['skill:python', state({ status: 'done', level: 3 })],
        ['tip:network', state({ status: 'done' })],
      ]),
    )
  })

  it('is empty for an empty log', () => {
    expect(replayLog([])).toEqual(new Map())
  })

  it('counts only events at or before `until`', () => {
    expect(replayLog(log, new Date(at(2)))).toEqual(
      new Map([
        ['skill:python', state({ status: 'learning' })],
        ['tip:network', state({ status: 'done' })],
      ]),
    )
    expect(replayLog(log, new Date(Date.parse(at(1)) - 1))).toEqual(new Map())
  })

  it('applies events in append order, even when their clocks disagree', () => {
    const skewed = [
      event('e1', 'custom:a1', {}, { notes: 'second' }, { at: at(5) }),
      event('e2', 'custom:a1', { notes: 'second' }, { notes: 'third' }, { at: at(4) }),
    ]
    expect(stateOf(replayLog(skewed), 'custom:a1').notes).toBe('third')
    expect(stateOf(replayLog(skewed, new Date(at(4))), 'custom:a1').notes).toBe('third')
  })
})

describe('stateOf', () => {
  it('reads a known key and gives the empty state for an unknown one', () => {
    const states = replayLog(log)
    expect(stateOf(states, 'tip:network')).toEqual(state({ status: 'done' }))
    expect(stateOf(states, 'custom:zz')).toBe(EMPTY_PROGRESS)
  })
})

describe('replayLog properties', () => {
  it('rebuilds exactly the states held in memory', () => {
    fc.assert(
      fc.property(changesArb, (changes) => {
        const { log: generated, states } = simulate(changes)
        expect(replayLog(generated)).toEqual(states)
      }),
    )
  })

  it('until T gives the states after exactly the events at or before T', () => {
    fc.assert(
      // T is an event's own instant (ties included), or a millisecond either side of it.
      fc.property(changesArb, fc.nat(), fc.constantFrom(-1, 0, 1), (changes, index, nudge) => {
        const { log: generated, snapshots } = simulate(changes)
        const times = generated.map((e) => Date.parse(e.at))
        const until = (times[index % Math.max(times.length, 1)] ?? T0) + nudge
        const counted = times.filter((time) => time <= until).length
        const expected = counted === 0 ? new Map() : snapshots[counted - 1]
        expect(replayLog(generated, new Date(until))).toEqual(expected)
      }),
    )
  })
})
