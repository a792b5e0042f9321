/**
 * `npm run bench -- --markdown`: the results as a dated section of docs/benchmarks.md. The
 * file's hand-written analysis stays; only the part between the two markers is written.
 */
import { budgets } from './budgets'
import type { Result } from './results'

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

function figure(value: number): string {
  if (!Number.isFinite(value)) return '–'
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

function budgetText(result: Result): string {
  if (result.budgetOn === 'ratio') return `≤ ${result.budget}×`
  if (result.budgetOn === 'value') return `≤ ${result.budget} ${result.unit}`
  return `≤ base + ${result.budget} ${result.unit}`
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

/** The generated section: what was run, on what, and the table of figures against budgets. */
export function formatMarkdownResults(results: readonly Result[], facts: RunFacts): string {
  const rows = results.map((result) =>
    [
      `\`${result.name}\``,
      `${figure(result.value)} ${result.unit}`,
      `${figure(result.baseline)} ${result.unit}`,
      `${figure(result.ratio)}×`,
      budgetText(result),
      result.pass ? 'ok' : '**over**',
    ].join(' | '),
  )
  const over = results
    .filter((result) => !result.pass)
    .map((result) => `- \`${result.name}\` is over budget: ${budgets[result.name].reason}.`)
  return [
    RESULTS_START,
    '',
    `Latest run: ${when(facts.at)}, \`npm run bench -- ${facts.flags}\`, on ${facts.cores} ` +
      `cores (${facts.cpuModel}), Node ${facts.node}.`,
    '',
    '| figure | value | baseline | ratio | budget | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    ...(over.length > 0 ? ['', ...over] : []),
    '',
    RESULTS_END,
  ].join('\n')
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
