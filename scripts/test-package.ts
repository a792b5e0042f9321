/**
 * `npm run test:package [-- vitest options]`: builds the unpacked Linux app exactly as the
 * installers are built (electron-builder.yml), but offline, then runs the `package` test project
 * (test/package/) against it.
 *
 * Electron's runtime cannot be downloaded here, so electron-builder gets a stand-in for an
 * unpacked Electron: a folder without an `electron-v*.zip` is copied as the app's runtime, and
 * the `electron` executable in it is renamed to the app's. Everything electron-builder adds on
 * top of it (app.asar, the production node_modules, the extra resources) is the real thing; the
 * tests read that and never start the executable, which only says what it is.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = (name: string): string => path.join(root, 'node_modules/.bin', name)

/** Runs a tool from node_modules/.bin in the project; stops the script when it fails. */
function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(bin(command), args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  })
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${String(result.status)}).`)
    process.exit(result.status ?? 1)
  }
}

/** A folder shaped like an unpacked Electron for Linux, with a runtime that cannot run an app. */
async function standInElectron(): Promise<string> {
  const dist = await mkdtemp(path.join(tmpdir(), 'role-atlas-electron-stand-in-'))
  await mkdir(path.join(dist, 'resources'))
  await mkdir(path.join(dist, 'locales'))
  await writeFile(
    path.join(dist, 'electron'),
    '#!/bin/sh\necho "Stand-in for Electron, built by npm run test:package: it cannot run the app." >&2\nexit 1\n',
  )
  await chmod(path.join(dist, 'electron'), 0o755)
  // The licence files electron-builder carries over from a real Electron.
  await writeFile(path.join(dist, 'LICENSE'), 'Stand-in for the Electron licence.\n')
  await writeFile(
    path.join(dist, 'LICENSES.chromium.html'),
    '<p>Stand-in for the Chromium licences.</p>\n',
  )
  await writeFile(path.join(dist, 'version'), '45.4.1')
  return dist
}

const outputDir = path.join(root, 'dist/test-package')
const electronDist = await standInElectron()
try {
  run('electron-vite', ['build'])
  run('electron-builder', [
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    `--config.electronDist=${electronDist}`,
    `--config.directories.output=${outputDir}`,
  ])
} finally {
  await rm(electronDist, { recursive: true, force: true })
}

run('vitest', ['run', '--project', 'package', ...process.argv.slice(2)], {
  env: {
    ...process.env,
    ROLE_ATLAS_PACKAGED_RESOURCES: path.join(outputDir, 'linux-unpacked', 'resources'),
  },
})
