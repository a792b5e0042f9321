import { describe, expect, it } from 'vitest'
import { judge, type Result } from '../../../scripts/bench/results'
import {
  HEADROOM,
  failingHeldSpreads,
  spreadOf,
  spreadText,
  steadyLimit,
} from '../../../scripts/bench/spread'
import { budgets } from '../../../scripts/bench/budgets'
import { formatMarkdownSpreads } from '../../../scripts/bench/markdown-report'

function run(update: number, compare: number): Result[] {
  return [
    judge({ name: 'store.update', value: update, unit: 'ms', baseline: 100 }),
    judge({ name: 'renderer.compare', value: compare, unit: 'ms', baseline: 100 }),
  ]
}

describe('the spread over several runs', () => {
  const runs = [run(110, 110), run(120, 125), run(100, 100), run(130, 108), run(115, 105)]
  const [update, compare] = spreadOf(runs)

  it('takes each figure’s median over the runs and its lowest and highest ratio', () => {
    expect(update).toMatchObject({ name: 'store.update', value: 115, runs: 5, passes: 5 })
    expect(update && spreadText(update)).toBe('1.00–1.30×')
    expect(compare).toMatchObject({ value: 108, low: 1, high: 1.25, passes: 4 })
  })

  it('calls a figure steady only when every run keeps headroom under its budget', () => {
    expect(update?.steady).toBe(true)
    expect(compare?.steady).toBe(false)
    const justUnder = spreadOf([run(2.5 * 100 * HEADROOM + 1, 100)])[0]
    expect(justUnder).toMatchObject({ passes: 1, steady: false })
  })

  it('keeps a click figure’s headroom on what its budget allows above its floor', () => {
    // 85% of 1.2× would be 1.02×: inside the floor's own noise. 1 + 85% of 0.2 is 1.17×.
    expect(steadyLimit(budgets['renderer.toggle'])).toBeCloseTo(1.17)
    expect(steadyLimit(budgets['store.update'])).toBeCloseTo(2.125)
    const toggle = (value: number): Result[] => [
      judge({ name: 'renderer.toggle', value, unit: 'ms', baseline: 100 }),
    ]
    expect(spreadOf([toggle(100), toggle(116)])[0]?.steady).toBe(true)
    expect(spreadOf([toggle(100), toggle(118)])[0]).toMatchObject({ passes: 2, steady: false })
  })

  it('fails --check only on figures CI holds that went over in any run', () => {
    // store.update is held; renderer.compare is not (budgets.ts says why).
    expect(failingHeldSpreads(spreadOf(runs))).toEqual([])
    expect(failingHeldSpreads(spreadOf([run(100, 100), run(300, 100)]))).toEqual(['store.update'])
  })

  it('writes the spread, the runs within budget and what CI should do into the docs', () => {
    const section = formatMarkdownSpreads(spreadOf(runs), {
      at: new Date(Date.UTC(2026, 11, 5, 15, 10)),
      cores: 2,
      cpuModel: 'Test CPU',
      node: '24.0.0',
      flags: '--runs=5 --markdown',
    })
    expect(section).toContain('Latest 5 runs: 5 December 2026, 15:10 UTC')
    expect(section).toContain(
      '| `store.update` | 115 ms | 100 ms | 1.15× | 1.00–1.30× | ≤ 2.5× | 5/5 | held |',
    )
    expect(section).toContain(
      '| `renderer.compare` | 108 ms | 100 ms | 1.08× | 1.00–1.25× | ≤ 1.2× | 4/5 | not held |',
    )
    expect(section).toContain(`- \`renderer.compare\`: ${budgets['renderer.compare'].unheld}`)
  })
})
