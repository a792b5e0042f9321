import { EventEmitter } from 'node:events'
import { strict } from '../strict'
import { electronEvent, ElectronEvent } from './electron-event'
import type { MainState, WindowInState } from './state'

interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** What `setWindowOpenHandler` may answer, as Electron defines it. */
type WindowOpenAnswer =
  { action: 'deny' } | { action: 'allow'; overrideBrowserWindowOptions?: object }
type WindowOpenHandler = (details: {
  url: string
  frameName: string
  features: string
  disposition: string
}) => WindowOpenAnswer

/** An event that carries navigation details as Electron 45's `will-navigate` event does. */
class NavigationEvent extends ElectronEvent {
  readonly url: string
  readonly isMainFrame = true
  readonly isSameDocument = false
  constructor(url: string) {
    super()
    this.url = url
  }
}

/**
 * A window's web contents: the page's URL, the navigation and new-window guards the app
 * installs, and the events the page causes (driven by the test through {@link driveWindow}).
 */
export class WebContents extends EventEmitter {
  readonly id: number
  private url = ''
  private windowOpenHandler: WindowOpenHandler | undefined

  constructor(id: number) {
    super()
    this.id = id
    return strict('WebContents', this)
  }

  getURL(): string {
    return this.url
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  /** The test's side: the page asked to leave; true when a listener refused. */
  static navigate(
    contents: WebContents,
    event: 'will-navigate' | 'will-redirect',
    url: string,
  ): boolean {
    const navigation = strict('Event', new NavigationEvent(url))
    contents.emit(event, navigation, url)
    if (!navigation.defaultPrevented) contents.url = url
    return navigation.defaultPrevented
  }

  /** The test's side: the page asked for a new window; Electron allows it when no handler is set. */
  static openWindow(contents: WebContents, url: string): WindowOpenAnswer {
    const details = { url, frameName: '', features: '', disposition: 'new-window' }
    return contents.windowOpenHandler?.(strict('HandlerDetails', details)) ?? { action: 'allow' }
  }

  static attachWebview(contents: WebContents): boolean {
    const event = electronEvent()
    contents.emit('will-attach-webview', event, {}, {})
    return event.defaultPrevented
  }

  static setUrl(contents: WebContents, url: string): void {
    contents.url = url
  }
}

/** The `BrowserWindow` class, bound to the shared main-process state. */
export function defineBrowserWindow(state: MainState) {
  let nextId = 1
  const { channel } = state

  class BrowserWindow extends EventEmitter implements WindowInState {
    readonly id: number
    readonly webContents: WebContents
    private bounds: Rectangle
    private visible: boolean
    private maximized = false
    private minimized = false
    private destroyed = false
    private markLoaded: () => void = () => undefined

    constructor(options: Record<string, unknown> = {}) {
      super()
      this.id = nextId++
      this.webContents = new WebContents(this.id)
      this.bounds = {
        x: typeof options['x'] === 'number' ? options['x'] : 0,
        y: typeof options['y'] === 'number' ? options['y'] : 0,
        width: typeof options['width'] === 'number' ? options['width'] : 800,
        height: typeof options['height'] === 'number' ? options['height'] : 600,
      }
      this.visible = options['show'] !== false
      channel.record('BrowserWindow.new', { id: this.id, options })
      const self = strict('BrowserWindow', this)
      state.windows.push(self)
      return self
    }

    static getAllWindows(): WindowInState[] {
      return [...state.windows]
    }

    /** Resolves when the page has loaded, as Electron's does (after `did-finish-load`). */
    loadURL(url: string): Promise<void> {
      channel.record('BrowserWindow.loadURL', { id: this.id, url })
      WebContents.setUrl(this.webContents, url)
      return new Promise((resolve) => (this.markLoaded = resolve))
    }

    show(): void {
      this.visible = true
      channel.record('BrowserWindow.show', { id: this.id })
    }

    isVisible(): boolean {
      return this.visible
    }

    maximize(): void {
      this.maximized = true
      channel.record('BrowserWindow.maximize', { id: this.id })
    }

    isMaximized(): boolean {
      return this.maximized
    }

    isMinimized(): boolean {
      return this.minimized
    }

    restore(): void {
      this.minimized = false
      channel.record('BrowserWindow.restore', { id: this.id })
    }

    focus(): void {
      channel.record('BrowserWindow.focus', { id: this.id })
    }

    getNormalBounds(): Rectangle {
      return { ...this.bounds }
    }

    isDestroyed(): boolean {
      return this.destroyed
    }

    /** `close` (a listener may keep the window), then `closed`, then maybe `window-all-closed`. */
    close(): void {
      if (this.destroyed) return
      const event = electronEvent()
      this.emit('close', event)
      channel.record('BrowserWindow.close', { id: this.id, kept: event.defaultPrevented })
      if (event.defaultPrevented) return
      this.destroyed = true
      state.windows.splice(state.windows.indexOf(this), 1)
      this.emit('closed')
      this.webContents.emit('destroyed')
      if (state.windows.length === 0 && !state.quitting) state.onAllWindowsClosed()
    }

    /** The test's side: the page painted, so `ready-to-show`, then the load settles. */
    static rendererReady(window: BrowserWindow): void {
      channel.record('BrowserWindow.ready-to-show', { id: window.id })
      window.emit('ready-to-show', electronEvent())
      window.webContents.emit('did-finish-load', electronEvent())
      window.markLoaded()
    }
  }
  return BrowserWindow
}

/** The BrowserWindow class the double defines. */
export type BrowserWindowClass = ReturnType<typeof defineBrowserWindow>
