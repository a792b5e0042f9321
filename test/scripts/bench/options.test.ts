import { describe, expect, it } from 'vitest'
import { figureGroups, parseOptions, repetitionsFor } from '../../../scripts/bench/options'

describe('bench options', () => {
  it('reads every flag', () => {
    expect(
      parseOptions(['--json', '--check', '--quick', '--skip-build', '--markdown']),
    ).toMatchObject({
      json: true,
      check: true,
      quick: true,
      skipBuild: true,
      markdown: true,
    })
    expect(parseOptions([])).toEqual({
      json: false,
      check: false,
      quick: false,
      skipBuild: false,
      markdown: false,
      only: figureGroups,
      runs: 1,
    })
  })

  it('makes several full runs when asked, within reason', () => {
    expect(parseOptions(['--runs=5']).runs).toBe(5)
    expect(() => parseOptions(['--runs=0'])).toThrow(/--runs takes a whole number from 1/)
    expect(() => parseOptions(['--runs=many'])).toThrow(/not many/)
  })

  it('measures only the groups asked for, refusing unknown ones', () => {
    expect(parseOptions(['--only=store,salary']).only).toEqual(['store', 'salary'])
    expect(() => parseOptions(['--only=store,disk'])).toThrow(/disk.*store, renderer/)
  })

  it('refuses an unknown flag, naming the known ones', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/--fast.*--json, --check, --quick/)
  })

  it('repeats less in the quick form', () => {
    const full = repetitionsFor(parseOptions([]))
    const quick = repetitionsFor(parseOptions(['--quick']))
    expect(full.articles).toBe(1000)
    expect(quick.rounds).toBeLessThan(full.rounds)
    expect(quick.clicks).toBeLessThan(full.clicks)
  })

  it('loads the app as many times for a startup figure in the quick form as in the full one', () => {
    // Over three loads, one slow load moved renderer.startup.ready's median past its headroom.
    const full = repetitionsFor(parseOptions([]))
    const quick = repetitionsFor(parseOptions(['--quick']))
    expect(quick.startupRounds).toBe(full.startupRounds)
    expect(quick.startupRounds).toBeGreaterThanOrEqual(9)
  })

  it('takes the compare p95s over enough opens in the quick form that they are not the slowest', () => {
    const quick = repetitionsFor(parseOptions(['--quick']))
    expect(quick.clicks).toBeGreaterThanOrEqual(20)
    expect(Math.ceil(0.95 * quick.clicks)).toBeLessThan(quick.clicks)
  })

  it('takes the tick’s p95 over enough ticks in the quick form that it is not the slowest', () => {
    const quick = repetitionsFor(parseOptions(['--quick']))
    expect(quick.tickClicks).toBeGreaterThanOrEqual(20)
    expect(Math.ceil(0.95 * quick.tickClicks)).toBeLessThan(quick.tickClicks)
  })
})
