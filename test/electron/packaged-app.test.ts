import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { channels } from '@shared/ipc/contract'
import { packagedAppSource } from '../package/packaged-app/app-layout'
import {
  doneOnDisk,
  expectEveryBuiltInRole,
  expectPythonDoneInPlan,
  readDataFile,
  snapshotFolder,
  tickPythonDone,
} from '../package/packaged-app/journey-steps'
import { describeWithElectron } from './describe-with-electron'
import { installOnElectron, type InstalledApp } from './installed-app'
import {
  closeWindowAsUser,
  handledChannels,
  isolatedWorldGlobals,
  navigationAndLinks,
  watchNavigationAndLinks,
  windowState,
} from './main-probes'

/** What the user's session has, without the test runner's variables (NODE_ENV=test above all). */
function userEnvironment(userData: string): Record<string, string> {
  const environment: Record<string, string> = { ROLE_ATLAS_USER_DATA_DIR: userData }
  for (const name of [
    'PATH',
    'HOME',
    'DISPLAY',
    'WAYLAND_DISPLAY',
    'XDG_RUNTIME_DIR',
    'SYSTEMROOT',
    'APPDATA',
    'LOCALAPPDATA',
    'USERPROFILE',
    'TEMP',
    'TMP',
  ]) {
    const value = process.env[name]
    if (value !== undefined) environment[name] = value
  }
  return environment
}

// The journey of test/package/packaged-app.test.ts, on a real Electron: one user-data folder,
// each step starting where the one before left off. Never part of CI (see the README).
describeWithElectron(`the packaged app (${packagedAppSource()}) on a real Electron`, (dist) => {
  let installed: InstalledApp
  let userData: string
  let app: ElectronApplication | undefined
  let page: Page

  /** The app this step works on; a step after a failed launch fails with this, not a TypeError. */
  const running = (): ElectronApplication => {
    if (!app) throw new Error('the app is not running')
    return app
  }

  const launch = async (): Promise<void> => {
    app = await _electron.launch({
      executablePath: installed.executable,
      env: userEnvironment(userData),
    })
    page = await app.firstWindow()
  }

  beforeAll(async () => {
    installed = await installOnElectron(dist)
    userData = await mkdtemp(join(tmpdir(), 'role-atlas-electron-user-data-'))
  })

  afterAll(async () => {
    await app?.close()
    await installed?.remove()
    await rm(userData, { recursive: true, force: true })
  })

  it('opens one window, shows it, and keeps its page isolated, sandboxed and without Node', async () => {
    await launch()
    await expect.poll(() => windowState(running())).toEqual({ count: 1, visible: true })
    expect(await page.title()).toBe('Role Atlas')
    expect(await isolatedWorldGlobals(page)).toBe(
      JSON.stringify({ require: 'undefined', process: 'undefined' }),
    )
    expect(await page.evaluate('JSON.stringify([typeof require, typeof process])')).toBe(
      '["undefined","undefined"]',
    )
  })

  it('has a handler for every contract channel, and the preload exposes exactly those', async () => {
    expect(await handledChannels(running())).toEqual([...channels].sort())
    const exposed = await page.evaluate(
      `JSON.stringify(Object.entries(window.api).flatMap(([area, verbs]) => Object.keys(verbs).map((verb) => area + ':' + verb)))`,
    )
    expect((JSON.parse(String(exposed)) as string[]).sort()).toEqual([...channels].sort())
  })

  it('lists every built-in role in the library', async () => {
    await expectEveryBuiltInRole(page)
  })

  it('writes a progress tick to role-atlas.json in the user-data folder', async () => {
    await tickPythonDone(page)
    await expect.poll(() => doneOnDisk(userData)).toBe(1)
  })

  it('refuses a second instance before it touches the data', async () => {
    const ownFiles = (name: string) => name.startsWith('role-atlas')
    const before = await snapshotFolder(userData, ownFiles)
    // Playwright starts the first without Chromium's OS sandbox on Linux (it needs a setuid
    // helper few development machines have); the second must start the same way.
    const flags = process.platform === 'linux' ? ['--no-sandbox'] : []
    const second = spawn(installed.executable, flags, {
      env: userEnvironment(userData),
      stdio: 'ignore',
    })
    const exitCode = await new Promise((resolve) => second.once('exit', resolve))
    expect(exitCode).toBe(0)
    expect(await snapshotFolder(userData, ownFiles)).toEqual(before)
    expect(await windowState(running())).toEqual({ count: 1, visible: true })
  })

  it('refuses navigation away from the app and new windows', async () => {
    await watchNavigationAndLinks(running())
    const before = page.url()
    await page.evaluate("window.location.href = 'https://example.com/elsewhere'")
    await expect
      .poll(async () => (await navigationAndLinks(running())).navigations)
      .toEqual([{ url: 'https://example.com/elsewhere', refused: true }])
    expect(page.url()).toBe(before)

    await page.evaluate("void window.open('http://insecure.example/')")
    await page.evaluate("void window.open('https://example.com/guide')")
    // The https link reached the system browser (caught here); the http one never did.
    await expect
      .poll(async () => (await navigationAndLinks(running())).opened)
      .toEqual(['https://example.com/guide'])
    expect((await windowState(running())).count).toBe(1)
  })

  it('holds the quit until the store has written everything, then ends', async () => {
    const closing = running()
    app = undefined
    const exited = new Promise<number | null>((resolve) => closing.process().once('exit', resolve))
    await closeWindowAsUser(closing)
    expect(await exited).toBe(0)
    // The window's size is saved as it closes, without waiting: only a held quit lets it land.
    expect((await readDataFile(userData)).settings['windowBounds']).toMatchObject({
      width: expect.any(Number),
    })
    expect(existsSync(join(userData, 'role-atlas.lock'))).toBe(false)
  })

  it('shows the tick again after a relaunch', async () => {
    await launch()
    await expectPythonDoneInPlan(page)
    const closing = running()
    app = undefined
    const exited = new Promise<number | null>((resolve) => closing.process().once('exit', resolve))
    await closeWindowAsUser(closing)
    expect(await exited).toBe(0)
  })
})
