import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMainElectron } from './main/create-main-electron'
import { memoryChannel } from './memory-channel'
import type { MainRequest } from './protocol'
import { NotImplementedInDouble } from './strict'

let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'electron-double-'))
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({ name: 'x', productName: 'X', version: '2.1.0' }),
  )
})

afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** A main-process `electron` whose user data lives in the test's folder. */
function start() {
  const wire = memoryChannel()
  const electron = createMainElectron(wire.channel, { appPath: folder, isPackaged: true })
  electron.app.setPath('userData', join(folder, 'user-data'))
  return { electron, wire }
}

/** Listens to every life-cycle event of `app` and the window, in the order they come. */
function eventLog(
  electron: ReturnType<typeof start>['electron'],
  window?: { on(name: string, listener: () => void): unknown },
) {
  const events: string[] = []
  for (const name of [
    'will-finish-launching',
    'ready',
    'before-quit',
    'window-all-closed',
    'will-quit',
    'quit',
  ]) {
    electron.app.on(name, () => events.push(name))
  }
  for (const name of ['close', 'closed']) window?.on(name, () => events.push(`window ${name}`))
  return events
}

describe('the main-process Electron double', () => {
  it('throws for any part of Electron it does not implement', () => {
    const { electron } = start()
    const window = new electron.BrowserWindow({ show: false })
    const read = (target: object, key: string) => () => (target as Record<string, unknown>)[key]
    expect(read(electron.app, 'setAppUserModelId')).toThrow(
      new NotImplementedInDouble('app.setAppUserModelId'),
    )
    expect(read(electron.BrowserWindow, 'fromId')).toThrow(
      new NotImplementedInDouble('BrowserWindow.fromId'),
    )
    expect(read(window, 'setMenu')).toThrow(new NotImplementedInDouble('BrowserWindow.setMenu'))
    expect(read(window.webContents, 'openDevTools')).toThrow(
      new NotImplementedInDouble('WebContents.openDevTools'),
    )
    expect(read(electron.session.defaultSession, 'setProxy')).toThrow(NotImplementedInDouble)
    expect(read(electron.shell, 'trashItem')).toThrow(NotImplementedInDouble)
    expect(() => electron.app.getPath('music')).toThrow(NotImplementedInDouble)
    // The test's own lever, the page painting, is no Electron API.
    expect(read(electron.BrowserWindow, 'rendererReady')).toThrow(NotImplementedInDouble)
  })

  it('gets ready after the main script’s first turn: will-finish-launching, then ready', async () => {
    const { electron } = start()
    const events = eventLog(electron)
    expect(() => electron.screen.getAllDisplays()).toThrow(/before the app 'ready' event/)
    expect(electron.app.isReady()).toBe(false)
    await electron.app.whenReady()
    expect(events).toEqual(['will-finish-launching', 'ready'])
    expect(electron.screen.getAllDisplays()[0]?.workArea.width).toBeGreaterThan(0)
  })

  it('quits in Electron’s order, and a held will-quit stops the process from ending', async () => {
    const { electron, wire } = start()
    await electron.app.whenReady()
    const window = new electron.BrowserWindow()
    const events = eventLog(electron, window)
    let hold = true
    electron.app.on('will-quit', (event: { preventDefault(): void }) => {
      if (hold) event.preventDefault()
    })
    electron.app.quit()
    expect(events).toEqual(['before-quit', 'window close', 'window closed', 'will-quit'])
    expect(wire.exits).toEqual([])

    hold = false
    electron.app.quit()
    expect(events.slice(4)).toEqual(['before-quit', 'will-quit', 'quit'])
    expect(wire.exits).toEqual([0])
  })

  it('on the last window closing, emits window-all-closed, or quits when nobody listens', async () => {
    const listened = start()
    await listened.electron.app.whenReady()
    const events = eventLog(listened.electron)
    new listened.electron.BrowserWindow().close()
    expect(events).toEqual(['window-all-closed'])
    expect(listened.wire.exits).toEqual([])

    const unlistened = start()
    await unlistened.electron.app.whenReady()
    new unlistened.electron.BrowserWindow().close()
    expect(unlistened.wire.exits).toEqual([0])
  })

  it('emits ready-to-show only once the page is up, then settles loadURL', async () => {
    const { electron, wire } = start()
    const window = new electron.BrowserWindow({ show: false })
    const order: string[] = []
    window.once('ready-to-show', () => order.push('ready-to-show'))
    const loading = window.loadURL('file:///app/index.html').then(() => order.push('loaded'))
    await Promise.resolve()
    expect(order).toEqual([])
    await wire.request({ type: 'renderer-ready', windowId: window.id })
    await loading
    expect(order).toEqual(['ready-to-show', 'loaded'])
  })

  it('keeps one handler per channel and gives it the sender frame, as Electron does', async () => {
    const { electron, wire } = start()
    const window = new electron.BrowserWindow()
    electron.ipcMain.handle('roles:list', (event: unknown, input: unknown) => ({ event, input }))
    expect(() => electron.ipcMain.handle('roles:list', () => 1)).toThrow(
      "second handler for 'roles:list'",
    )

    const frameUrl = 'file:///app/index.html#/roles'
    const answer = (await wire.request({
      type: 'invoke',
      windowId: window.id,
      frameUrl,
      isMainFrame: true,
      channel: 'roles:list',
      args: [{ text: '' }],
    })) as {
      event: { sender: unknown; senderFrame: { url: string; parent: unknown } }
      input: unknown
    }
    expect(answer.input).toEqual({ text: '' })
    expect(answer.event.sender).toBe(window.webContents)
    expect(answer.event.senderFrame).toMatchObject({ url: frameUrl, parent: null })

    const unknownChannel: MainRequest = {
      type: 'invoke',
      windowId: window.id,
      frameUrl,
      isMainFrame: true,
      channel: 'x:y',
      args: [],
    }
    await expect(wire.request(unknownChannel)).rejects.toThrow("No handler registered for 'x:y'")
  })

  it('grants the single-instance lock to one process at a time', () => {
    expect(start().electron.app.requestSingleInstanceLock()).toBe(true)
    expect(start().electron.app.requestSingleInstanceLock()).toBe(false)
  })

  it('takes over the lock a crashed process left behind', () => {
    const userData = join(folder, 'user-data')
    mkdirSync(userData)
    // A pid no process can have (above Linux's pid_max), as a crash leaves the link.
    symlinkSync('old-host-4194999', join(userData, 'SingletonLock'))
    expect(start().electron.app.requestSingleInstanceLock()).toBe(true)
  })

  it('refuses a menu role Electron does not know', () => {
    const { electron } = start()
    expect(() =>
      electron.Menu.buildFromTemplate([{ role: 'editMenu' }, { role: 'toolsMenu' }]),
    ).toThrow("Invalid menu role 'toolsMenu'")
  })
})
