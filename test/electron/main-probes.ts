import type { ElectronApplication, Page } from 'playwright-core'

/**
 * Questions put to a real Electron's main process and page through Playwright, for the
 * journey in packaged-app.test.ts. Each runs inside Electron, so it may only use what the
 * callback receives and globals; results come back as plain data.
 */

/** The channels that have an `ipcMain.handle` handler. Electron keeps them in a private map. */
export async function handledChannels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ ipcMain }) => {
    const handlers = (ipcMain as unknown as { _invokeHandlers?: unknown })._invokeHandlers
    if (!(handlers instanceof Map)) {
      throw new Error('ipcMain._invokeHandlers is gone: update handledChannels for this Electron')
    }
    return [...handlers.keys()].map(String).sort()
  })
}

/** The one window's state: how many windows there are, and whether the first is visible. */
export async function windowState(
  app: ElectronApplication,
): Promise<{ count: number; visible: boolean }> {
  return app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows()
    return { count: windows.length, visible: windows[0]?.isVisible() ?? false }
  })
}

/**
 * Records, from now on, every `will-navigate` of the window and whether the app refused it,
 * and catches `shell.openExternal` so a test never opens the tester's browser. A listener
 * added after the app's sees the app's decision in `defaultPrevented`.
 */
export async function watchNavigationAndLinks(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ BrowserWindow, shell }) => {
    const seen = globalThis as unknown as { navigations: unknown[]; opened: string[] }
    seen.navigations = []
    seen.opened = []
    BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event, url) => {
      seen.navigations.push({ url, refused: event.defaultPrevented })
    })
    shell.openExternal = async (url: string) => {
      seen.opened.push(url)
    }
  })
}

/** What {@link watchNavigationAndLinks} has seen so far. */
export async function navigationAndLinks(
  app: ElectronApplication,
): Promise<{ navigations: { url: string; refused: boolean }[]; opened: string[] }> {
  return app.evaluate(() => {
    const seen = globalThis as unknown as {
      navigations: { url: string; refused: boolean }[]
      opened: string[]
    }
    return { navigations: seen.navigations, opened: seen.opened }
  })
}

/** Closes the window as the user does (its close button), without asking the app to quit. */
export async function closeWindowAsUser(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
}

/**
 * What the preload's own world sees, read through the DevTools protocol: in a sandboxed preload
 * there is no `require` or `process` global (they are wrapper arguments), while a preload
 * without the sandbox has both. Finding that world at all proves context isolation.
 */
export async function isolatedWorldGlobals(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page)
  const contexts: { id: number; name: string }[] = []
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context))
  await session.send('Runtime.enable')
  const isolated = contexts.find((context) => context.name === 'Electron Isolated Context')
  if (!isolated) throw new Error('No isolated world: the window runs without context isolation')
  const { result } = await session.send('Runtime.evaluate', {
    contextId: isolated.id,
    expression: 'JSON.stringify({ require: typeof require, process: typeof process })',
    returnByValue: true,
  })
  await session.detach()
  return String(result.value)
}
