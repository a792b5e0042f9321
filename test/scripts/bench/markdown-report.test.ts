import { describe, expect, it } from 'vitest'
import {
  RESULTS_END,
  RESULTS_START,
  formatMarkdownResults,
  withResults,
} from '../../../scripts/bench/markdown-report'
import { judge } from '../../../scripts/bench/results'

const facts = {
  at: new Date(Date.UTC(2026, 11, 5, 10, 31)),
  cores: 2,
  cpuModel: 'Test CPU',
  node: '24.0.0',
  flags: '--quick --only=importer,salary --markdown',
}
const results = [
  judge({ name: 'importer.parse', value: 1.27, unit: 'ms', baseline: 0.03 }),
  judge({ name: 'salary.stats', value: 25, unit: 'ms', baseline: 1 }),
]

describe('the Markdown report', () => {
  it('dates the run, names the machine and the flags, and marks what is over budget', () => {
    const section = formatMarkdownResults(results, facts)
    expect(section).toContain('Latest run: 5 December 2026, 10:31 UTC')
    expect(section).toContain('`npm run bench -- --quick --only=importer,salary --markdown`')
    expect(section).toContain('on 2 cores (Test CPU), Node 24.0.0')
    expect(section).toContain('| `importer.parse` | 1.27 ms | 0.03 ms |')
    expect(section).toMatch(/\| `salary\.stats` .*\| \*\*over\*\* \|/)
    expect(section).toMatch(/- `salary\.stats` is over budget: /)
  })

  it('lists the figures CI does not hold with the reason, and the clicks’ goals', () => {
    const section = formatMarkdownResults(
      [
        judge({ name: 'renderer.compare', value: 120, unit: 'ms', baseline: 110 }),
        judge({ name: 'renderer.toggle', value: 36, unit: 'ms', baseline: 30 }),
      ],
      facts,
    )
    expect(section).toContain('- `renderer.compare`: 120 ms; goal 100 ms, under 100 ms at 4×')
    expect(section).toMatch(
      /Not held by CI, and why:\n\n- `renderer\.compare`: .+\n- `renderer\.toggle`: /,
    )
  })

  it('replaces only its own section and keeps the hand-written text around it', () => {
    const document = `# Benchmarks\n\nAnalysis.\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\nMore.\n`
    const updated = withResults(document, `${RESULTS_START}\nnew\n${RESULTS_END}`)
    expect(updated).toBe(
      `# Benchmarks\n\nAnalysis.\n\n${RESULTS_START}\nnew\n${RESULTS_END}\n\nMore.\n`,
    )
  })

  it('adds the section at the end of a document that has none yet', () => {
    expect(withResults('# Benchmarks\n', 'section')).toBe('# Benchmarks\n\nsection\n')
  })
})
