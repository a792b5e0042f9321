import type { MainRequest, TestChannel } from '../protocol'
import { strict } from '../strict'
import { App, type AppLocation } from './app'
import { electronEvent } from './electron-event'
import { defineBrowserWindow, WebContents } from './browser-window'
import { IpcMain } from './ipc-main'
import type { MainState } from './state'
import { createDialog, createScreen, createShell } from './desktop'
import { createMenu, type MenuEntry } from './menu'
import { Session } from './session'

/** The menu item labelled `label`, searched through every submenu. */
function findMenuItem(items: MenuEntry[], label: string): MenuEntry | undefined {
  for (const item of items) {
    const found = item.label === label ? item : findMenuItem(item.submenu ?? [], label)
    if (found) return found
  }
  return undefined
}

/**
 * Builds the main process's `electron` module: the parts src/main uses, each strict, and
 * wires the test's requests (the renderer and the user acting) to Electron's events.
 */
export function createMainElectron(channel: TestChannel, location: AppLocation) {
  const state: MainState = {
    channel,
    windows: [],
    quitting: false,
    onAllWindowsClosed: () => undefined,
  }
  const app = strict('app', new App(state, location))
  const BrowserWindow = defineBrowserWindow(state)
  const ipcMain = new IpcMain(state)
  const defaultSession = strict('Session', new Session())
  const Menu = createMenu(state)

  type Window = InstanceType<typeof BrowserWindow>
  const windowById = (id: number): Window => {
    const window = state.windows.find((candidate) => candidate.id === id)
    if (!window) throw new Error(`No open window ${id}`)
    return window as Window
  }

  channel.serve(async (request: MainRequest) => {
    switch (request.type) {
      case 'invoke': {
        const { webContents } = windowById(request.windowId)
        const origin = {
          sender: webContents,
          frameUrl: request.frameUrl,
          isMainFrame: request.isMainFrame,
        }
        return IpcMain.invoke(ipcMain, origin, request.channel, request.args)
      }
      case 'renderer-ready':
        return BrowserWindow.rendererReady(windowById(request.windowId))
      case 'navigate':
        return {
          prevented: WebContents.navigate(
            windowById(request.windowId).webContents,
            request.event,
            request.url,
          ),
        }
      case 'open-window':
        return WebContents.openWindow(windowById(request.windowId).webContents, request.url)
      case 'attach-webview':
        return { prevented: WebContents.attachWebview(windowById(request.windowId).webContents) }
      case 'close-window':
        return windowById(request.windowId).close()
      case 'second-instance':
        app.emit('second-instance', electronEvent(), request.argv, request.workingDirectory, {})
        return undefined
      case 'menu-click': {
        const item = findMenuItem(Menu.getApplicationMenu()?.items ?? [], request.label)
        if (!item?.click) throw new Error(`The application menu has no item "${request.label}"`)
        return item.click(item, state.windows[0], {})
      }
      case 'permission-request': {
        const { webContents } = windowById(request.windowId)
        return Session.request(
          defaultSession,
          webContents,
          request.permission,
          webContents.getURL(),
        )
      }
    }
  })

  return {
    app,
    BrowserWindow: strict('BrowserWindow', BrowserWindow, ['rendererReady']),
    ipcMain,
    dialog: createDialog(state),
    shell: createShell(state),
    screen: createScreen(() => app.isReady()),
    session: strict('session', { defaultSession }),
    Menu,
  }
}

/** The main process's `electron` module as the double builds it. */
export type MainElectron = ReturnType<typeof createMainElectron>
