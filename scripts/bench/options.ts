/** What `npm run bench -- <flags>` asked for. */
export interface BenchOptions {
  /** Print one JSON document instead of the table. */
  json: boolean
  /** Exit non-zero when a figure is over its budget. */
  check: boolean
  /** Fewer repetitions, for CI; the figures are noisier but judged the same way. */
  quick: boolean
  /** Measure the renderer as out/renderer holds it, without building it first. */
  skipBuild: boolean
  /** Also write the results into docs/benchmarks.md, with the date, the machine and the flags. */
  markdown: boolean
  /** The groups of figures to measure (`--only=store,renderer`); all of them by default. */
  only: readonly FigureGroup[]
  /** Full runs to make (`--runs=5`): more than one reports each figure's median and spread. */
  runs: number
}

/** Enough to see a spread, few enough that five full runs take about half an hour. */
const MAX_RUNS = 10

export const figureGroups = [
  'store',
  'renderer',
  'bundle',
  'importer',
  'salary',
  'catalog',
  'sync',
] as const
export type FigureGroup = (typeof figureGroups)[number]

function isFigureGroup(name: string): name is FigureGroup {
  return (figureGroups as readonly string[]).includes(name)
}

const FLAGS: Record<string, Exclude<keyof BenchOptions, 'only' | 'runs'>> = {
  '--json': 'json',
  '--check': 'check',
  '--quick': 'quick',
  '--skip-build': 'skipBuild',
  '--markdown': 'markdown',
}

/** Reads the flags; an unknown one is an error that lists the known ones. */
export function parseOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    json: false,
    check: false,
    quick: false,
    skipBuild: false,
    markdown: false,
    only: figureGroups,
    runs: 1,
  }
  for (const arg of args) {
    if (arg.startsWith('--runs=')) {
      const runs = Number(arg.slice('--runs='.length))
      if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
        throw new Error(`--runs takes a whole number from 1 to ${MAX_RUNS}, not ${arg.slice(7)}.`)
      }
      options.runs = runs
      continue
    }
    if (arg.startsWith('--only=')) {
      const groups = arg.slice('--only='.length).split(',')
      const unknown = groups.filter((group) => !isFigureGroup(group))
      if (unknown.length > 0) {
        throw new Error(
          `Unknown figure group ${unknown.join(', ')}; there are ${figureGroups.join(', ')}.`,
        )
      }
      options.only = groups.filter(isFigureGroup)
      continue
    }
    const flag = FLAGS[arg]
    if (!flag) {
      const known = [...Object.keys(FLAGS), '--only=', '--runs=']
      throw new Error(`Unknown option ${arg}; the bench knows ${known.join(', ')}.`)
    }
    options[flag] = true
  }
  return options
}

/** How many times each figure is measured. */
export interface Repetitions {
  /** Alternating subject/baseline rounds of the store, importer and catalog figures. */
  rounds: number
  /**
   * Rounds of the sync figures: as many in a quick run as in a full one. CI holds a figure on
   * its spread over five full runs, and with three merges and nine publish pairs a quick run
   * read figures the full runs never did (`sync.publish` at 1.70× where five full runs read
   * 0.92 to 1.29×); nine rounds cost a quick run about half a minute more.
   */
  syncRounds: number
  /**
   * Alternating app/blank page loads of each startup figure. As many in a quick run as in a
   * full one: over three loads one slow load moved `renderer.startup.ready`'s median by 40 ms
   * (+128 ms against +77 to +111 in full runs), and a load costs about a second.
   */
  startupRounds: number
  /**
   * Opens of a saved comparison each p95 of the shipped catalog's comparisons is taken over,
   * each beside its open by hand: as many in a quick run as in a full one. The p95 of 10 is the
   * slowest open, which on a shared machine is one stalled open; the p95 of 20 is the second
   * slowest, and quick runs of 20 read compare figures at 1.17 and 1.24× where five full runs
   * of 40 read at most 1.04 and 1.09×. CI holds a figure on the spread of full runs, so it must
   * read the same figure.
   */
  clicks: number
  /**
   * Opens `renderer.compare`'s p95 is taken over, on the 300-role data. Over 40 its p95 (the
   * third slowest) read 0.97 to 1.21× over five quiet runs and 1.03 to 1.22× over five before,
   * with no change to the renderer between them: twice as many put three stalled opens less
   * in its p95 for about 50 s more a run. `renderer.compare.onet` too: over 40 its p95 read
   * 1.23× in one quiet run whose median open was 6% under the floor's.
   */
  compareOpens: number
  /**
   * Ticks `renderer.toggle`'s p95 is taken over. Over 80 (the fourth slowest) it read 0.85 to
   * 1.18× over five quiet runs and 0.93 to 1.24× over five more, and quick runs 0.94 to 1.29×,
   * with the app's script within a millisecond of the floor's: its p95 was whichever ticks
   * stalled the page, on either side. Ticks made while main was still saving an earlier one
   * were no slower than the rest, so waiting for main would not steady it; twice as many ticks
   * put half as much weight on each stall, for about 45 s more a run.
   */
  tickClicks: number
  /** Articles the importer parses. */
  articles: number
  /** Passes over every role and filter combination of the salary index. */
  salaryRounds: number
}

/** What quick and full runs repeat alike (see {@link Repetitions}). */
const CLICKS_AND_LOADS = {
  startupRounds: 9,
  clicks: 40,
  compareOpens: 80,
  tickClicks: 160,
} as const

export function repetitionsFor(options: BenchOptions): Repetitions {
  return options.quick
    ? { ...CLICKS_AND_LOADS, rounds: 3, syncRounds: 9, articles: 200, salaryRounds: 1 }
    : { ...CLICKS_AND_LOADS, rounds: 9, syncRounds: 9, articles: 1000, salaryRounds: 5 }
}
