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
    expect(quick.articles).toBeLessThan(full.articles)
  })

  it('loads the app as many times for a startup figure in the quick form as in the full one', () => {
    // Over three loads, one slow load moved renderer.startup.ready's median past its headroom.
    const full = repetitionsFor(parseOptions([]))
    const quick = repetitionsFor(parseOptions(['--quick']))
    expect(quick.startupRounds).toBe(full.startupRounds)
    expect(quick.startupRounds).toBeGreaterThanOrEqual(9)
  })

  it('takes every click p95 over as many clicks in the quick form as in the full one', () => {
    // CI holds a figure on five full runs' spread; a p95 of 20 (the second slowest) read compare
    // figures past their headroom where the full runs' p95 of 40 never went.
    const full = repetitionsFor(parseOptions([]))
    const quick = repetitionsFor(parseOptions(['--quick']))
    expect(quick.clicks).toBe(full.clicks)
    expect(quick.compareOpens).toBe(full.compareOpens)
    expect(quick.tickClicks).toBe(full.tickClicks)
    for (const clicks of [quick.clicks, quick.compareOpens, quick.tickClicks])
      expect(Math.ceil(0.95 * clicks)).toBeLessThan(clicks - 1)
  })

  it('measures the sync figures over as many rounds in the quick form as in the full one', () => {
    const full = repetitionsFor(parseOptions([]))
    const quick = repetitionsFor(parseOptions(['--quick']))
    expect(quick.syncRounds).toBe(full.syncRounds)
  })
})
