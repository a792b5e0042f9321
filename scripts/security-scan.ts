/**
 * Runs Electronegativity over `src/` and fails when it reports any HIGH finding.
 *
 * The tool ends by asking the network for Electron's release list and crashes when it cannot
 * (this project is built offline), but it writes its report before that, so the report is
 * what this script judges, not the tool's exit code.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const electronVersion = (
  JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }
).version
const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv')

spawnSync('electronegativity', ['-i', 'src', '-e', electronVersion, '-r', '-o', report], {
  stdio: 'ignore',
  shell: process.platform === 'win32',
})

let csv: string
try {
  csv = readFileSync(report, 'utf8')
} catch {
  console.error('Electronegativity wrote no report; run `npx electronegativity -i src` to see why.')
  process.exit(1)
}

const findings = csv
  .split('\n')
  .slice(1)
  .filter((line) => /^[A-Z_]+_CHECK,/.test(line))
  .map((line) => {
    const [check = '', severity = ''] = line.split(',')
    return { check, severity: severity.replaceAll('"', ''), line }
  })
const bySeverity = new Map<string, number>()
for (const finding of findings) {
  bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1)
}
const summary = [...bySeverity].map(([severity, count]) => `${count} ${severity}`).join(', ')
console.warn(`Electronegativity (Electron ${electronVersion}): ${summary || 'no findings'}`)

const high = findings.filter(
  (finding) => finding.severity === 'HIGH' || finding.severity === 'CRITICAL',
)
if (high.length > 0) {
  for (const finding of high) console.error(finding.line)
  process.exit(1)
}
