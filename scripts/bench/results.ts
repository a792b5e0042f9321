import { budgets, type Budget, type FigureName } from './budgets'

/** One measured figure beside its baseline, before it is judged against its budget. */
export interface Measurement {
  name: FigureName
  value: number
  unit: 'ms' | 'KB' | 'MB'
  baseline: number
  /**
   * The ratio, when it is not `value / baseline`: the median of ratios of subject and baseline
   * timed in pairs (`sync.publish`), steadier than a ratio of two medians when the machine's
   * disk swings from one pair to the next.
   */
  ratio?: number
}

/** A line of the report, as `--json` prints it. */
export interface Result extends Measurement {
  ratio: number
  budget: number
  /** What the budget bounds: the ratio to the baseline, or the value. */
  budgetOn: Budget['on']
  pass: boolean
  /** `.ci/run` holds the figure to its budget: `--check` fails when it is over. */
  held: boolean
}

/** What a budget bounds, for `result`: its ratio or its value. */
export function judged(
  result: Pick<Result, 'value' | 'baseline' | 'budgetOn'> & { ratio?: number | undefined },
): number {
  const { value, baseline } = result
  const ratio = result.ratio ?? value / baseline
  return result.budgetOn === 'ratio' ? ratio : value
}

/** Judges a measurement against its budget in budgets.ts. */
export function judge(
  measurement: Measurement,
  budget: Budget = budgets[measurement.name],
): Result {
  const ratio = measurement.ratio ?? measurement.value / measurement.baseline
  const against = judged({ ...measurement, budgetOn: budget.on })
  return {
    ...measurement,
    ratio,
    budget: budget.limit,
    budgetOn: budget.on,
    pass: Number.isFinite(against) && against <= budget.limit,
    held: budget.unheld === undefined,
  }
}
