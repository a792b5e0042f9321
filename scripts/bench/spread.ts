/**
 * `--runs=N`: each figure over N full runs, as the median of its per-run medians (or p95s),
 * and the spread of what its budget bounds: the lowest and highest over the runs. A figure is
 * steady enough for CI to hold when every run stays within HEADROOM of its budget.
 */
import { budgets, type Budget, type FigureName } from './budgets'
import { budgetText, formatNumber, overLines } from './report'
import { judged, type Result } from './results'
import { median } from './stats'

/**
 * The share of its budget every run of a figure must stay within for CI to hold it: CI's
 * quick run repeats less than a full one and runs on another machine, so a figure that only
 * just fits here would fail there now and then.
 */
export const HEADROOM = 0.85

/**
 * The highest reading a steady figure may have: HEADROOM of its budget, or, for a figure read
 * against a floor (the least it can be, 1×), HEADROOM of what the budget allows above that
 * floor. 85% of a 1.2× click budget would be 1.02×, closer to the floor than the floor's own
 * run-to-run noise, so no app however light could be held.
 */
export function steadyLimit(budget: Pick<Budget, 'limit' | 'floored'>): number {
  return budget.floored ? 1 + HEADROOM * (budget.limit - 1) : HEADROOM * budget.limit
}

/** One figure over several runs. */
export interface Spread extends Pick<
  Result,
  'name' | 'unit' | 'budget' | 'budgetOn' | 'held' | 'value' | 'baseline'
> {
  /** Median over the runs of the value, the baseline and the ratio. */
  ratio: number
  /** What the budget bounds (ratio or value), lowest and highest over the runs. */
  low: number
  high: number
  runs: number
  /** Runs in which the figure was within its budget. */
  passes: number
  /** Every run within HEADROOM of the budget: CI can hold it. */
  steady: boolean
}

/** Each figure of the first run over all `runs`, in the first run's order. */
export function spreadOf(runs: readonly (readonly Result[])[]): Spread[] {
  const names = [...new Set(runs.flatMap((run) => run.map((result) => result.name)))]
  return names.map((name) => {
    const results = runs.flatMap((run) => run.filter((result) => result.name === name))
    const first = results[0] as Result
    const bounded = results.map((result) => judged(result))
    const high = Math.max(...bounded)
    return {
      name,
      unit: first.unit,
      budget: first.budget,
      budgetOn: first.budgetOn,
      held: first.held,
      value: median(results.map((result) => result.value)),
      baseline: median(results.map((result) => result.baseline)),
      ratio: median(results.map((result) => result.ratio)),
      low: Math.min(...bounded),
      high,
      runs: results.length,
      passes: results.filter((result) => result.pass).length,
      steady: bounded.every(Number.isFinite) && high <= steadyLimit(budgets[name]),
    }
  })
}

/** The spread as its budget reads it: `1.02–1.13×` or `31.2–31.6 KB`. */
export function spreadText(spread: Spread): string {
  const { low, high, unit } = spread
  if (spread.budgetOn === 'ratio') return `${formatNumber(low)}–${formatNumber(high)}×`
  return `${formatNumber(low)}–${formatNumber(high)} ${unit}`
}

/** Whether CI holds it, and whether it should: the column a reader decides from. */
function ciText(spread: Spread): string {
  if (spread.held) return spread.steady ? 'held' : 'held, NOT STEADY'
  return spread.steady ? 'steady, not held' : 'not held'
}

/** The cells of a spread's row: figure, value, baseline, ratio, spread, budget, runs, CI. */
export function spreadCells(spread: Spread): string[] {
  return [
    spread.name,
    `${formatNumber(spread.value)} ${spread.unit}`,
    `${formatNumber(spread.baseline)} ${spread.unit}`,
    `${formatNumber(spread.ratio)}×`,
    spreadText(spread),
    budgetText(spread),
    `${spread.passes}/${spread.runs}`,
    ciText(spread),
  ]
}

export const SPREAD_HEADER = [
  'figure',
  'median',
  'baseline',
  'ratio',
  'spread',
  'budget',
  'within',
  'CI',
] as const

/** What a reader must act on: figures CI holds that are not steady, and steady ones it does not. */
export function spreadNotes(spreads: readonly Spread[]): string[] {
  const names = (list: readonly Spread[]): string => list.map((spread) => spread.name).join(', ')
  const shaky = spreads.filter((spread) => spread.held && !spread.steady)
  const ready = spreads.filter((spread) => !spread.held && spread.steady)
  const runs = spreads[0]?.runs ?? 0
  return [
    `Steady: every one of the ${runs} runs within ${HEADROOM * 100}% of the budget (of what it allows above 1× for a figure read against its floor).`,
    ...(shaky.length > 0 ? [`Held by CI but not steady: ${names(shaky)}.`] : []),
    ...(ready.length > 0
      ? [`Steady but not held by CI yet (see budgets.ts): ${names(ready)}.`]
      : []),
    ...overLines(spreads.map((spread) => ({ name: spread.name, pass: spread.passes === runs }))),
  ]
}

/** Figures over a budget CI holds them to in any run: what makes `--check` fail. */
export function failingHeldSpreads(spreads: readonly Spread[]): FigureName[] {
  return spreads
    .filter((spread) => spread.held && spread.passes < spread.runs)
    .map((spread) => spread.name)
}
