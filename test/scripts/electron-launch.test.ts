import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../main/store/helpers'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Where Electron's own resolver looks inside ELECTRON_OVERRIDE_DIST_PATH: the platform's path
 * from path.txt once Electron has been downloaded on this machine, `electron` before that.
 */
async function executableName(): Promise<string> {
  const pathFile = path.join(root, 'node_modules/electron/path.txt')
  return existsSync(pathFile) ? readFile(pathFile, 'utf8') : 'electron'
}

/**
 * A stand-in for an unpacked Electron: its executable writes down the folder it was started
 * in, the dev server's address and its arguments, one per line, and exits with STANDIN_EXIT.
 */
async function standInElectron(dist: string): Promise<string> {
  const executable = path.join(dist, await executableName())
  await mkdir(path.dirname(executable), { recursive: true })
  const record = path.join(dist, 'launch.txt')
  await writeFile(
    executable,
    [
      '#!/bin/sh',
      `{ pwd; echo "$ELECTRON_RENDERER_URL"; printf '%s\\n' "$@"; } > '${record}'`,
      'exit "${STANDIN_EXIT:-0}"',
      '',
    ].join('\n'),
  )
  await chmod(executable, 0o755)
  return record
}

/** Runs an npm script as a user would, with the given dist folder and no Electron download. */
function npm(
  script: 'start' | 'dev',
  dist: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', script], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    // A hand-set ELECTRON_EXEC_PATH would win over the stand-in; undefined leaves it out.
    env: {
      ...process.env,
      ...env,
      ELECTRON_OVERRIDE_DIST_PATH: dist,
      ELECTRON_EXEC_PATH: undefined,
    },
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** What the stand-in wrote down: where it ran, the dev server's address, its arguments. */
async function launched(
  record: string,
): Promise<{ cwd: string; rendererUrl: string; args: string[] }> {
  const [cwd = '', rendererUrl = '', ...args] = (await readFile(record, 'utf8'))
    .trimEnd()
    .split('\n')
  return { cwd, rendererUrl, args }
}

// The stand-in is a shell script, which Windows cannot start as electron.exe.
describe.skipIf(process.platform === 'win32')(
  'npm start and npm run dev (scripts/electron-launch.ts)',
  () => {
    const tempDir = useTempDir()

    it('npm start builds the app and starts Electron on the project, whose main entry was just built', async () => {
      const record = await standInElectron(tempDir())
      const run = npm('start', tempDir())

      expect(run.stderr).not.toContain('Electron uninstall')
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/out[/\\]main[/\\]index\.js/)
      const { cwd, args } = await launched(record)
      expect(args[0]).toBe('.')
      const app = path.resolve(cwd, args[0] ?? '')
      expect(app).toBe(root)
      const { main } = JSON.parse(await readFile(path.join(app, 'package.json'), 'utf8')) as {
        main: string
      }
      expect(existsSync(path.join(app, main))).toBe(true)
    }, 120_000)

    it('npm run dev starts Electron on the project with the renderer from the dev server', async () => {
      const record = await standInElectron(tempDir())
      const run = npm('dev', tempDir())

      expect(run.status).toBe(0)
      const { cwd, rendererUrl, args } = await launched(record)
      expect(path.resolve(cwd, args[0] ?? '')).toBe(root)
      expect(rendererUrl).toMatch(/^http:\/\/localhost:\d+/)
    }, 120_000)

    it('reports a failing Electron as a failed start', async () => {
      await standInElectron(tempDir())
      expect(npm('dev', tempDir(), { STANDIN_EXIT: '3' }).status).not.toBe(0)
    }, 120_000)

    it('says in plain words when ELECTRON_OVERRIDE_DIST_PATH holds no Electron, before building', () => {
      const run = npm('start', tempDir())

      expect(run.status).toBe(1)
      expect(run.stderr).toContain(`There is no Electron executable at ${tempDir()}`)
      expect(run.stdout).not.toContain('built in')
    })
  },
)
