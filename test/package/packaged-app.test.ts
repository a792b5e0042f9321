import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { channels } from '@shared/ipc/contract'
import { describeInBrowser } from '../e2e/e2e-suite'
import { CHROMIUM_PATH } from '../e2e/harness'
import { packagedAppSource, preparePackagedApp, type PackagedApp } from './packaged-app/app-layout'
import { apiShape, launchPackagedApp, type LaunchedPackagedApp } from './packaged-app/launch'
import {
  doneOnDisk,
  expectEveryBuiltInRole,
  expectPythonDoneInPlan,
  readDataFile,
  snapshotFolder,
  tickPythonDone,
} from './packaged-app/journey-steps'
import { MainProcess } from './packaged-app/main-process'
import { runSandboxedPreload } from './packaged-app/sandboxed-preload'
import { createRendererElectron } from './electron-double/renderer/electron-renderer'

const JOURNEY_ARTICLE = join(
  import.meta.dirname,
  '../fixtures/articles/journey-data-manager-vs-analytics-engineer.txt',
)

// One journey through one user-data folder: each step starts where the one before left off.
describeInBrowser(`the packaged app (${packagedAppSource()}) under the Electron double`, () => {
  let app: PackagedApp
  let browser: Browser
  let userData: string
  let first: LaunchedPackagedApp | undefined
  let relaunched: LaunchedPackagedApp | undefined

  beforeAll(async () => {
    app = await preparePackagedApp()
    userData = await mkdtemp(join(tmpdir(), 'role-atlas-user-data-'))
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    })
  })

  afterAll(async () => {
    first?.main.kill()
    relaunched?.main.kill()
    await browser?.close()
    await app?.remove()
    await rm(userData, { recursive: true, force: true })
  })

  it(`creates one window with the secure web preferences and shows it when ready`, async () => {
    first = await launchPackagedApp(app, userData, browser)
    const { options } = first.window
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    const preload = String(options.webPreferences?.['preload'])
    expect(preload.startsWith(app.appPath + sep), `${preload} lies inside the package`).toBe(true)
    expect(existsSync(preload)).toBe(true)
    expect(options['show']).toBe(false)
    // A window icon, where main sets one (Linux), must be a file the package ships.
    if (options['icon'] !== undefined) expect(existsSync(String(options['icon']))).toBe(true)
    expect(first.window.url).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/)

    await first.main.waitFor('BrowserWindow.show')
    const order = first.main.records.map((record) => record.what)
    expect(order.indexOf('BrowserWindow.show')).toBeGreaterThan(
      order.indexOf('BrowserWindow.ready-to-show'),
    )
    expect(first.main.recorded('BrowserWindow.new')).toHaveLength(1)
  })

  it('has exactly one ipcMain handler per contract channel, and the preload exposes exactly those', () => {
    if (!first) throw new Error('the app did not start')
    const handled = first.main.recorded('ipcMain.handle').map((detail) => String(detail['channel']))
    expect([...handled].sort()).toEqual([...channels].sort())
    expect(new Set(handled).size).toBe(handled.length)

    expect([...first.exposed.keys()]).toEqual(['api'])
    const exposedChannels = Object.entries(apiShape(first.exposed.get('api'))).flatMap(
      ([area, verbs]) => verbs.map((verb) => `${area}:${verb}`),
    )
    expect(exposedChannels.sort()).toEqual([...channels].sort())
  })

  it('has each exposed function invoke its own channel, and nothing else', async () => {
    if (!first) throw new Error('the app did not start')
    const invoked: string[] = []
    const recording = createRendererElectron(async (channel, args) =>
      invoked.push(`${channel} ${JSON.stringify(args)}`),
    )
    await runSandboxedPreload(
      String(first.window.options.webPreferences?.['preload']),
      recording.electron,
    )
    const api = recording.exposed.get('api') as Record<
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    >
    for (const [area, verbs] of Object.entries(api)) {
      for (const verb of Object.keys(verbs)) await api[area]?.[verb]?.({ probe: verb })
    }
    expect(invoked.sort()).toEqual(
      channels.map((channel) => `${channel} [{"probe":"${channel.split(':')[1]}"}]`).sort(),
    )
  })

  it('lists every built-in role in the library', async () => {
    const page = first?.renderer.page
    if (!page) throw new Error('the app did not start')
    await expectEveryBuiltInRole(page)
  })

  it('previews a pasted article, read on the parser thread built beside main', async () => {
    const page = first?.renderer.page
    if (!page) throw new Error('the app did not start')
    const text = await readFile(JOURNEY_ARTICLE, 'utf8')
    // Through the page's own bridge, as the Import screen calls it: main hands the text to
    // out/main/article-parser-worker.js, which a missing or broken entry would fail.
    const roleNames = await page.evaluate(async (article) => {
      const { api } = globalThis as unknown as {
        api: { articleImport: { preview(input: { text: string }): Promise<unknown> } }
      }
      const result = (await api.articleImport.preview({ text: article })) as {
        ok: boolean
        value?: { article: { roles: { name: string }[] } }
      }
      return result.value?.article.roles.map((role) => role.name) ?? result
    }, text)
    expect(roleNames).toEqual(['Data Manager', 'Analytics Engineer'])
  })

  it('finds the bundled salary index where the package keeps it', async () => {
    const page = first?.renderer.page
    if (!page) throw new Error('the app did not start')
    await page.getByRole('link', { name: 'Machine Learning Engineer', exact: true }).click()
    const salaries = page.getByRole('region', { name: 'Salaries' })
    await salaries.getByText('median a year in US dollars').waitFor()
    await page.goBack()
  })

  it('writes a progress tick to role-atlas.json in the user-data folder', async () => {
    const page = first?.renderer.page
    if (!page) throw new Error('the app did not start')
    await tickPythonDone(page)
    await expect.poll(() => doneOnDisk(userData)).toBe(1)
    expect(first?.renderer.errors).toEqual([])
  })

  it('shows the data file from Help › Show Data File', async () => {
    if (!first) throw new Error('the app did not start')
    await first.main.request({ type: 'menu-click', label: 'Show Data File' })
    expect(first.main.recorded('shell.showItemInFolder')).toEqual([
      { path: join(userData, 'role-atlas.json') },
    ])
  })

  it('refuses a second instance before it touches the data, and hands over to the first', async () => {
    if (!first) throw new Error('the app did not start')
    const before = await snapshotFolder(userData)
    const second = new MainProcess(app, userData)
    expect(await second.exited).toBe(0)
    expect(second.recorded('app.requestSingleInstanceLock')).toEqual([{ granted: false, userData }])
    const touched = second.records.map((record) => record.what)
    expect(touched).not.toContain('app.ready')
    expect(touched).not.toContain('BrowserWindow.new')
    expect(touched).not.toContain('ipcMain.handle')
    expect(touched).not.toContain('dialog.showErrorBox')
    expect(await snapshotFolder(userData)).toEqual(before)

    // Chromium tells the running instance; main brings its window forward.
    await first.main.request({ type: 'second-instance', argv: [], workingDirectory: userData })
    expect(first.main.recorded('BrowserWindow.focus')).toHaveLength(1)
  })

  it('refuses navigation away from the app, new windows, webviews and permissions', async () => {
    if (!first) throw new Error('the app did not start')
    const { page } = first.renderer
    const before = page.url()
    // Page code runs in the browser; tsconfig.node has no DOM types, so it goes as text.
    await page.evaluate("window.location.href = 'https://example.com/elsewhere'")
    await expect
      .poll(() => first?.renderer.navigationsRefused)
      .toEqual(['https://example.com/elsewhere'])
    expect(page.url()).toBe(before)

    await page.evaluate("void window.open('https://example.com/guide')")
    await page.evaluate("void window.open('http://insecure.example/')")
    await expect
      .poll(() => first?.renderer.windowsDenied)
      .toEqual(['https://example.com/guide', 'http://insecure.example/'])
    await expect.poll(() => page.context().pages()).toEqual([page])
    // Only the https link went to the system browser.
    expect(first.main.recorded('shell.openExternal')).toEqual([
      { url: 'https://example.com/guide' },
    ])

    const id = first.window.id
    expect(await first.main.request({ type: 'attach-webview', windowId: id })).toEqual({
      prevented: true,
    })
    expect(
      await first.main.request({ type: 'permission-request', windowId: id, permission: 'media' }),
    ).toEqual({
      checked: false,
      requested: false,
    })
  })

  it('answers IPC only from the main frame of its own page', async () => {
    if (!first) throw new Error('the app did not start')
    const call = (frameUrl: string, isMainFrame: boolean) =>
      first?.main.request({
        type: 'invoke',
        windowId: first.window.id,
        frameUrl,
        isMainFrame,
        channel: channels[0] ?? '',
        args: [undefined],
      })
    const refused = { ok: false, error: expect.objectContaining({ code: 'forbidden' }) }
    expect(await call('https://example.com/', true)).toEqual(refused)
    expect(await call(first.window.url, false)).toEqual(refused)
    expect(await call(first.window.url, true)).not.toEqual(refused)
  })

  it('holds the quit until the store has written everything, then ends', async () => {
    if (!first) throw new Error('the app did not start')
    const launched = first
    first = undefined
    expect(await launched.closeWindow()).toBe(0)
    const quitting = launched.main.records
      .map((record) => record.what)
      .filter((what) => what.startsWith('app.'))
    expect(quitting.slice(quitting.indexOf('app.window-all-closed'))).toEqual([
      'app.window-all-closed',
      'app.quit',
      'app.will-quit',
      'app.quit',
      'app.will-quit',
      'app.exit',
    ])
    expect(launched.main.recorded('app.will-quit')).toEqual([{ held: true }, { held: false }])
    // The window's size is saved as it closes, without waiting: only a held quit lets it land.
    expect((await readDataFile(userData)).settings['windowBounds']).toMatchObject({
      width: expect.any(Number),
    })
    expect(existsSync(join(userData, 'role-atlas.lock'))).toBe(false)
    expect(existsSync(join(userData, 'SingletonLock'))).toBe(false)
  })

  it('shows the tick again after a relaunch', async () => {
    relaunched = await launchPackagedApp(app, userData, browser)
    const { page } = relaunched.renderer
    await expectPythonDoneInPlan(page)
    expect(relaunched.renderer.errors).toEqual([])
    expect(await relaunched.closeWindow()).toBe(0)
    relaunched = undefined
  })
})
