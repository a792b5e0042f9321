/**
 * Runs Electronegativity over `src/` and fails when it reports any HIGH or CRITICAL finding.
 *
 * The tool asks the network for translations and for Electron's release list. This project is
 * checked offline, and how a refused request fails differs between machines: where it times
 * out, the HTTP client's retry timer crashes the process before any report is written. So the
 * scan runs in this process through the tool's own `run`, with its HTTP client replaced by one
 * that fails at once: the tool then falls back to its bundled translations and skips the
 * release-notes check (which cannot be done offline), and nothing leaves the machine.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

interface Finding {
  id: string
  file: string
  location: { line: number; column: number }
  severity: { name: string }
  description: string
}
interface ScanResult {
  issues: Finding[]
  errors: { file: string; message: string; tolerable: boolean }[]
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>

const electronVersion = (
  JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }
).version

const toolRequire = createRequire(resolve('node_modules/@doyensec/electronegativity/package.json'))
/** Every request fails as it would with no network, without a timer that could fire later. */
function offline(): Promise<never> {
  return Promise.reject(new Error('Role Atlas checks its security offline.'))
}
offline.head = offline
const gotPath = toolRequire.resolve('got')
toolRequire.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(offline, { default: offline }),
} as unknown as NodeJS.Module

// The runner is CommonJS with `module.exports = run`.
const run = toolRequire('./dist/runner.js') as Run
// The tool logs its progress and its offline fallbacks; only its findings count here.
// eslint-disable-next-line no-console -- kept to put back after the scan
const log = console.log
// eslint-disable-next-line no-console -- silenced, not written to
console.log = () => undefined
let result: ScanResult
try {
  result = await run(
    {
      input: resolve('src'),
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  )
} finally {
  // eslint-disable-next-line no-console -- put back as it was
  console.log = log
}

const unreadable = result.errors.filter((error) => !error.tolerable)
for (const error of unreadable) console.error(`Could not scan ${error.file}: ${error.message}`)

const bySeverity = new Map<string, number>()
for (const finding of result.issues) {
  const severity = finding.severity.name
  bySeverity.set(severity, (bySeverity.get(severity) ?? 0) + 1)
}
const summary = [...bySeverity].map(([severity, count]) => `${count} ${severity}`).join(', ')
console.warn(`Electronegativity (Electron ${electronVersion}): ${summary || 'no findings'}`)

const high = result.issues.filter(
  (finding) => finding.severity.name === 'HIGH' || finding.severity.name === 'CRITICAL',
)
for (const finding of high) {
  const { line, column } = finding.location
  console.error(`${finding.id} ${finding.file}:${line}:${column} ${finding.description}`)
}
if (high.length > 0 || unreadable.length > 0) process.exit(1)
