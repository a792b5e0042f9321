import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { createRendererElectron } from '../electron-double/renderer/electron-renderer'
import type { PackagedApp } from './app-layout'
import { MainProcess } from './main-process'
import { openRendererPage, type RendererPage } from './renderer-page'
import { runSandboxedPreload } from './sandboxed-preload'

/** The first window as main created it. */
export interface CreatedWindow {
  id: number
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>
  /** What main passed to `loadURL`. */
  url: string
}

/** One running launch of the packaged app: its main process, its window and the page in it. */
export interface LaunchedPackagedApp {
  main: MainProcess
  window: CreatedWindow
  /** What the preload put on the main world, by key (`api`). */
  exposed: Map<string, unknown>
  renderer: RendererPage
  /** Closes the window as the user does; resolves with the exit code once main has ended. */
  closeWindow(): Promise<number | null>
}

type ApiObject = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>

/** The exposed `api` as verbs by area, the shape the page's `window.api` is built in. */
export function apiShape(api: unknown): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(api as ApiObject).map(([area, verbs]) => [area, Object.keys(verbs)]),
  )
}

/**
 * Starts the packaged app as Electron would: main in a fresh process under the double; once it
 * has created its window and loaded its page, the window's preload (the file main named, from
 * the package) in a sandbox, then the page in Chromium; `ready-to-show` once the page is up.
 */
export async function launchPackagedApp(
  app: PackagedApp,
  userDataDir: string,
  browser: Browser,
): Promise<LaunchedPackagedApp> {
  const main = new MainProcess(app, userDataDir)
  try {
    const created = await main.waitFor('BrowserWindow.new')
    const loading = await main.waitFor('BrowserWindow.loadURL')
    const window = { ...(created as Omit<CreatedWindow, 'url'>), url: String(loading['url']) }
    const preloadFile = String(window.options.webPreferences?.['preload'])
    if (!existsSync(preloadFile))
      throw new Error(`main names a preload that does not exist: ${preloadFile}`)

    // Until the page is open, the frame shows what main loaded; then whatever the page shows.
    let frameUrl = (): string => window.url
    const { electron, exposed } = createRendererElectron((channel, args) =>
      main.request({
        type: 'invoke',
        windowId: window.id,
        // The preload runs in the main frame only; main sees that frame's URL as Electron shows it.
        frameUrl: frameUrl(),
        isMainFrame: true,
        channel,
        args,
      }),
    )
    await runSandboxedPreload(preloadFile, electron)
    const api = exposed.get('api') as ApiObject | undefined
    const renderer = await openRendererPage(
      browser,
      fileURLToPath(window.url),
      apiShape(api ?? {}),
      {
        callApi: async (area, verb, input) => {
          const call = api?.[area]?.[verb]
          if (!call) throw new Error(`window.api.${area}.${verb} is not exposed`)
          return call(input)
        },
        navigationRefused: async (url) => {
          const answer = await main.request({
            type: 'navigate',
            windowId: window.id,
            event: 'will-navigate',
            url,
          })
          return (answer as { prevented: boolean }).prevented
        },
        newWindowDenied: async (url) => {
          const answer = await main.request({ type: 'open-window', windowId: window.id, url })
          return (answer as { action: string }).action === 'deny'
        },
      },
    )
    frameUrl = renderer.appUrl
    await main.request({ type: 'renderer-ready', windowId: window.id })
    const page = renderer.page
    return {
      main,
      window,
      exposed,
      renderer,
      closeWindow: async () => {
        const closing = main.request({ type: 'close-window', windowId: window.id })
        const exitCode = await main.exited
        // Electron may end the process before it answers the close; the exit is the answer.
        await closing.catch(() => undefined)
        await page.context().close()
        return exitCode
      },
    }
  } catch (error) {
    main.kill()
    throw error
  }
}
