/**
 * `npm start` and `npm run dev`: finds the Electron binary the way Electron itself does, then
 * runs electron-vite with it. Usage: `node scripts/electron-launch.ts <preview|dev> [options]`.
 *
 * Why a launcher: Electron 45 downloads its binary (and writes node_modules/electron/path.txt)
 * only the first time `require('electron')` runs, while electron-vite reads path.txt itself and
 * stops with "Electron uninstall" when it is missing. electron-vite also ignores
 * ELECTRON_OVERRIDE_DIST_PATH and takes ELECTRON_EXEC_PATH instead. So: ask Electron's own
 * resolver (which downloads on first use and honours ELECTRON_OVERRIDE_DIST_PATH) and hand
 * electron-vite the answer.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const commands = ['preview', 'dev'] as const
type Command = (typeof commands)[number]

/** Prints a plain-words reason and ends with a failure status. */
function fail(message: string): never {
  console.error(`\n${message}\n`)
  process.exit(1)
}

/** The Electron executable, downloaded on first use unless ELECTRON_OVERRIDE_DIST_PATH names one. */
function findElectron(): string {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  let executable: unknown
  try {
    executable = require('electron')
  } catch (error) {
    fail(
      'Electron could not get its runtime: it downloads it from github.com on first start.\n' +
        `(${error instanceof Error ? error.message : String(error)})\n` +
        'On a machine that cannot reach github.com, unpack the Electron zip for your platform ' +
        'and start with ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder.',
    )
  }
  if (typeof executable !== 'string') fail('The electron package did not name an executable.')
  if (!existsSync(executable)) {
    fail(
      override
        ? `There is no Electron executable at ${executable}. ELECTRON_OVERRIDE_DIST_PATH must be ` +
            'the folder of an unpacked Electron (the one holding electron, electron.exe or Electron.app).'
        : `Electron's executable is missing at ${executable}. Delete node_modules/electron and run npm install again.`,
    )
  }
  return executable
}

const [command, ...options] = process.argv.slice(2)
if (!commands.includes(command as Command)) {
  fail(`Usage: node scripts/electron-launch.ts <${commands.join('|')}> [electron-vite options]`)
}

const electronVite = path.join(
  path.dirname(require.resolve('electron-vite/package.json')),
  'bin/electron-vite.js',
)
const child = spawn(process.execPath, [electronVite, command as Command, ...options], {
  stdio: 'inherit',
  // An ELECTRON_EXEC_PATH set by hand is electron-vite's own setting: it wins, as it would without us.
  env: { ...process.env, ELECTRON_EXEC_PATH: process.env['ELECTRON_EXEC_PATH'] || findElectron() },
})
// Stopping the launcher stops electron-vite, which closes Electron; the exit status follows.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal)
  })
}
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
