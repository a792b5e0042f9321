/**
 * `npm run bench -- --markdown`: the results as a dated section of docs/benchmarks.md. The
 * file's hand-written analysis stays; only the part between the two markers is written.
 */
import { budgets, type FigureName } from './budgets'
import { budgetText, formatNumber, goalLines } from './report'
import type { Result } from './results'
import { SPREAD_HEADER, spreadCells, spreadNotes, type Spread } from './spread'

export const RESULTS_START = '<!-- bench:results:start (written by npm run bench -- --markdown) -->'
export const RESULTS_END = '<!-- bench:results:end -->'

/** How a run was made: when, where, and with which flags, so a reader can weigh its figures. */
export interface RunFacts {
  at: Date
  cores: number
  cpuModel: string
  node: string
  /** The flags as given, e.g. `--quick --only=bundle,importer,salary`. */
  flags: string
}

/** "5 December 2026, 10:31 UTC": one unambiguous way to date a run. */
function when(at: Date): string {
  const day = at.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const time = at.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  })
  return `${day}, ${time} UTC`
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ]
}

function runLine(facts: RunFacts, what: string): string {
  return (
    `${what}: ${when(facts.at)}, \`npm run bench -- ${facts.flags}\`, on ${facts.cores} ` +
    `cores (${facts.cpuModel}), Node ${facts.node}.`
  )
}

/** The figures CI does not hold to their budget, each with the reason. */
function unheldLines(names: readonly FigureName[]): string[] {
  const lines = names.flatMap((name) => {
    const unheld = (budgets[name] as { unheld?: string }).unheld
    return unheld ? [`- \`${name}\`: ${unheld}.`] : []
  })
  return lines.length > 0 ? ['', 'Not held by CI, and why:', '', ...lines] : []
}

function goalList(results: readonly Pick<Result, 'name' | 'value' | 'unit'>[]): string[] {
  const lines = goalLines(results).map((line) => `- \`${line.replace(':', '`:')}`)
  return lines.length > 0 ? ['', 'Goals, not budgets (see the README):', '', ...lines] : []
}

function section(body: readonly string[]): string {
  return [RESULTS_START, '', ...body, '', RESULTS_END].join('\n')
}

/** The generated section: what was run, on what, and the table of figures against budgets. */
export function formatMarkdownResults(results: readonly Result[], facts: RunFacts): string {
  const rows = results.map((result) => [
    `\`${result.name}\``,
    `${formatNumber(result.value)} ${result.unit}`,
    `${formatNumber(result.baseline)} ${result.unit}`,
    `${formatNumber(result.ratio)}×`,
    budgetText(result),
    result.pass ? 'ok' : result.held ? '**over**' : 'over, not held',
  ])
  const over = results
    .filter((result) => !result.pass)
    .map((result) => `- \`${result.name}\` is over budget: ${budgets[result.name].reason}.`)
  return section([
    runLine(facts, 'Latest run'),
    '',
    ...table(['figure', 'value', 'baseline', 'ratio', 'budget', ''], rows),
    ...(over.length > 0 ? ['', ...over] : []),
    ...goalList(results),
    ...unheldLines(results.map((result) => result.name)),
  ])
}

/** The generated section for `--runs=N`: each figure's median and spread over the runs. */
export function formatMarkdownSpreads(spreads: readonly Spread[], facts: RunFacts): string {
  const rows = spreads.map((spread) => {
    const [name, ...rest] = spreadCells(spread)
    return [`\`${name ?? ''}\``, ...rest]
  })
  return section([
    runLine(facts, `Latest ${spreads[0]?.runs ?? 0} runs`),
    '',
    'Median over the runs of each figure, its baseline and their ratio; the spread is the ' +
      'lowest and highest over the runs of what the budget bounds.',
    '',
    ...table(SPREAD_HEADER, rows),
    '',
    ...spreadNotes(spreads).map((note) => `- ${note}`),
    ...goalList(spreads),
    ...unheldLines(spreads.map((spread) => spread.name)),
  ])
}

/**
 * `document` with its generated section replaced by `section`; a document without the markers
 * gets the section at its end, so the hand-written part is never lost.
 */
export function withResults(document: string, section: string): string {
  const start = document.indexOf(RESULTS_START)
  const end = document.indexOf(RESULTS_END)
  if (start === -1 || end < start) return `${document.trimEnd()}\n\n${section}\n`
  return `${document.slice(0, start)}${section}${document.slice(end + RESULTS_END.length)}`
}
