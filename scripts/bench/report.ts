import { budgets } from './budgets'
import type { Result } from './results'

function number(value: number): string {
  if (!Number.isFinite(value)) return '–'
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

function budgetText(result: Result): string {
  const { budget, unit } = result
  if (result.budgetOn === 'ratio') return `≤ ${budget}×`
  if (result.budgetOn === 'value') return `≤ ${budget} ${unit}`
  return `≤ base + ${budget} ${unit}`
}

/** The results as a table for a person: figure, value, baseline, ratio, budget, verdict. */
export function formatTable(results: readonly Result[]): string {
  const rows = [
    ['figure', 'value', 'baseline', 'ratio', 'budget', ''],
    ...results.map((result) => [
      result.name,
      `${number(result.value)} ${result.unit}`,
      `${number(result.baseline)} ${result.unit}`,
      `${number(result.ratio)}×`,
      budgetText(result),
      result.pass ? 'ok' : 'OVER BUDGET',
    ]),
  ]
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  )
  const lines = rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths?.[column] ?? 0) : cell.padStart(widths?.[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  )
  const over = results
    .filter((result) => !result.pass)
    .map((result) => `${result.name} is over budget: ${budgets[result.name].reason}.`)
  return [...lines, ...(over.length > 0 ? ['', ...over] : [])].join('\n')
}

/** The results as one JSON document, for tools. */
export function formatJson(results: readonly Result[]): string {
  return JSON.stringify(
    {
      results: results.map(({ name, value, unit, baseline, ratio, budget, budgetOn, pass }) => ({
        name,
        value,
        unit,
        baseline,
        ratio,
        budget,
        budgetOn,
        pass,
      })),
    },
    null,
    2,
  )
}
