import { describe, expect, it } from 'vitest'
import { budgets } from '../../../scripts/bench/budgets'
import { failingHeld, formatJson, formatTable } from '../../../scripts/bench/report'
import { judge } from '../../../scripts/bench/results'
import { spreadOf } from '../../../scripts/bench/spread'

describe('judge', () => {
  it('passes a ratio budget up to its limit and fails past it', () => {
    const at = judge({ name: 'store.update', value: 250, unit: 'ms', baseline: 100 })
    expect(at).toMatchObject({ ratio: 2.5, budget: 2.5, budgetOn: 'ratio', pass: true })
    expect(judge({ name: 'store.update', value: 251, unit: 'ms', baseline: 100 }).pass).toBe(false)
  })

  it('judges a value budget on the value, whatever the baseline', () => {
    const slowBaseline = judge({ name: 'salary.stats', value: 19, unit: 'ms', baseline: 1 })
    expect(slowBaseline).toMatchObject({ ratio: 19, budget: 20, pass: true })
    expect(judge({ name: 'salary.stats', value: 21, unit: 'ms', baseline: 60 }).pass).toBe(false)
  })

  it('judges a click against its floor, not against the absolute goal', () => {
    const slowMachine = judge({ name: 'renderer.toggle', value: 72, unit: 'ms', baseline: 62 })
    expect(slowMachine).toMatchObject({ budget: 1.2, budgetOn: 'ratio', pass: true })
    expect(judge({ name: 'renderer.toggle', value: 40, unit: 'ms', baseline: 30 }).pass).toBe(false)
  })

  it('marks whether CI holds the figure to its budget', () => {
    expect(judge({ name: 'bundle.initial', value: 30, unit: 'KB', baseline: 90 }).held).toBe(true)
    expect(judge({ name: 'renderer.toggle', value: 30, unit: 'ms', baseline: 30 }).held).toBe(false)
  })

  it('judges the library’s readiness against the same library saved as a page', () => {
    // On a slower machine both take longer; the ratio is what is judged, not milliseconds.
    const ready = { name: 'renderer.startup.ready', unit: 'ms' } as const
    expect(judge({ ...ready, value: 580, baseline: 300 })).toMatchObject({ budgetOn: 'ratio' })
    expect(judge({ ...ready, value: 580, baseline: 300 }).pass).toBe(true)
    expect(judge({ ...ready, value: 300, baseline: 140 }).pass).toBe(false)
  })

  it('judges a figure timed in pairs on the median of its pairs’ ratios', () => {
    // sync.publish: one slow fsync on either side moves a median of each side, not the pairs'.
    const publish = { name: 'sync.publish', unit: 'ms', value: 30, baseline: 10 } as const
    expect(judge({ ...publish, ratio: 1.1 })).toMatchObject({ ratio: 1.1, pass: true })
    expect(judge(publish)).toMatchObject({ ratio: 3, pass: false })
    expect(
      spreadOf([[judge({ ...publish, ratio: 1.1 })], [judge({ ...publish, ratio: 1.3 })]])[0],
    ).toMatchObject({ low: 1.1, high: 1.3, passes: 2 })
  })

  it('fails a figure that could not be measured', () => {
    expect(judge({ name: 'sync.merge', value: Number.NaN, unit: 'ms', baseline: 10 }).pass).toBe(
      false,
    )
    expect(judge({ name: 'sync.merge', value: 10, unit: 'ms', baseline: 0 }).pass).toBe(false)
  })
})

describe('budgets', () => {
  it('gives every budget a positive limit and a one-line reason', () => {
    for (const budget of Object.values(budgets)) {
      expect(budget.limit).toBeGreaterThan(0)
      expect(budget.reason).toMatch(/^[^\n]{10,120}$/)
      if ('unheld' in budget) expect(budget.unheld).toMatch(/^[^\n]{10,120}$/)
    }
  })

  it('reads both click figures against their floors, with the absolute times as goals', () => {
    for (const name of ['renderer.toggle', 'renderer.compare'] as const) {
      expect(budgets[name]).toMatchObject({ on: 'ratio', limit: 1.2 })
    }
    expect(budgets['renderer.toggle'].goal.limit).toBe(50)
    expect(budgets['renderer.compare'].goal.limit).toBe(100)
  })
})

describe('reports', () => {
  const results = [
    judge({ name: 'store.update', value: 120, unit: 'ms', baseline: 100 }),
    judge({ name: 'bundle.initial', value: 130, unit: 'KB', baseline: 400 }),
  ]

  it('prints one JSON document with every field of every result', () => {
    const document = JSON.parse(formatJson(results)) as { results: Record<string, unknown>[] }
    expect(document.results).toHaveLength(2)
    expect(document.results[0]).toEqual({
      name: 'store.update',
      value: 120,
      unit: 'ms',
      baseline: 100,
      ratio: 1.2,
      budget: 2.5,
      budgetOn: 'ratio',
      pass: true,
      held: true,
    })
  })

  it('prints a table row per figure and names what is over budget, with the reason', () => {
    const table = formatTable(results)
    expect(table).toMatch(/store\.update\s+120 ms\s+100 ms\s+1\.20×\s+≤ 2\.5×\s+ok/)
    expect(table).toMatch(/bundle\.initial\s+130 KB\s+400 KB\s+0\.33×\s+≤ 120 KB\s+OVER BUDGET/)
    expect(table).toContain(`bundle.initial is over budget: ${budgets['bundle.initial'].reason}.`)
  })

  it('tells a figure over a budget CI holds from one over a budget it does not', () => {
    const table = formatTable([
      judge({ name: 'renderer.toggle', value: 400, unit: 'ms', baseline: 100 }),
    ])
    expect(table).toMatch(/renderer\.toggle .* over \(not held\)/)
    expect(failingHeld(results)).toEqual(['bundle.initial'])
  })

  it('prints where a click figure stands against its absolute goal', () => {
    const toggle = judge({ name: 'renderer.toggle', value: 72, unit: 'ms', baseline: 62 })
    expect(formatTable([toggle])).toContain('renderer.toggle: 72.0 ms; goal 50 ms')
  })
})
