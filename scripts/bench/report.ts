import { budgets, type FigureName } from './budgets'
import type { Result } from './results'

/** A figure to three significant digits or so, as every report prints it. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–'
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

/** The budget as a reader takes it in: `≤ 2.5×` or `≤ 120 KB`. */
export function budgetText(result: Pick<Result, 'budget' | 'budgetOn' | 'unit'>): string {
  const { budget, unit } = result
  if (result.budgetOn === 'ratio') return `≤ ${budget}×`
  return `≤ ${budget} ${unit}`
}

/** The verdict column: over a budget CI holds is an error, over one it does not is a notice. */
function verdict(result: Pick<Result, 'pass' | 'held'>): string {
  if (result.pass) return 'ok'
  return result.held ? 'OVER BUDGET' : 'over (not held)'
}

/** The absolute aims of figures judged by ratio, beside where they stand (e.g. 72 ms of 50). */
export function goalLines(results: readonly Pick<Result, 'name' | 'value' | 'unit'>[]): string[] {
  return results.flatMap((result) => {
    const goal = (budgets[result.name] as { goal?: { limit: number; reason: string } }).goal
    if (!goal) return []
    const { name, value, unit } = result
    return [`${name}: ${formatNumber(value)} ${unit}; goal ${goal.limit} ${unit}, ${goal.reason}.`]
  })
}

/** Why each figure over budget has the budget it has. */
export function overLines(results: readonly Pick<Result, 'name' | 'pass'>[]): string[] {
  return results
    .filter((result) => !result.pass)
    .map((result) => `${result.name} is over budget: ${budgets[result.name].reason}.`)
}

/** Pads rows of cells into aligned columns, the first to the left and the rest to the right. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  )
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths?.[column] ?? 0) : cell.padStart(widths?.[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  )
}

/** The results as a table for a person: figure, value, baseline, ratio, budget, verdict. */
export function formatTable(results: readonly Result[]): string {
  const lines = alignColumns([
    ['figure', 'value', 'baseline', 'ratio', 'budget', ''],
    ...results.map((result) => [
      result.name,
      `${formatNumber(result.value)} ${result.unit}`,
      `${formatNumber(result.baseline)} ${result.unit}`,
      `${formatNumber(result.ratio)}×`,
      budgetText(result),
      verdict(result),
    ]),
  ])
  const goals = goalLines(results)
  const over = overLines(results)
  return [
    ...lines,
    ...(goals.length > 0 ? ['', 'Goals, not budgets:', ...goals] : []),
    ...(over.length > 0 ? ['', ...over] : []),
  ].join('\n')
}

/** The results as one JSON document, for tools. */
export function formatJson(results: readonly Result[]): string {
  return JSON.stringify(
    {
      results: results.map(
        ({ name, value, unit, baseline, ratio, budget, budgetOn, pass, held }) => ({
          name,
          value,
          unit,
          baseline,
          ratio,
          budget,
          budgetOn,
          pass,
          held,
        }),
      ),
    },
    null,
    2,
  )
}

/** The figures over a budget CI holds them to: what makes `--check` fail. */
export function failingHeld(results: readonly Result[]): FigureName[] {
  return results.filter((result) => !result.pass && result.held).map((result) => result.name)
}
