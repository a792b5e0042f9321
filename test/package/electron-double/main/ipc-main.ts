import { EventEmitter } from 'node:events'
import { strict } from '../strict'
import type { WebContents } from './browser-window'
import type { MainState } from './state'

type InvokeListener = (event: object, ...args: unknown[]) => unknown

/** Where an invoke came from, as the test reports it for the renderer. */
export interface InvokeOrigin {
  sender: WebContents
  frameUrl: string
  isMainFrame: boolean
}

/**
 * `ipcMain`: one handler per channel (a second `handle` throws, as Electron's does), and the
 * invoke path a renderer's `ipcRenderer.invoke` takes, with the sender and frame Electron gives.
 */
export class IpcMain extends EventEmitter {
  private readonly handlers = new Map<string, InvokeListener>()
  private readonly state: MainState

  constructor(state: MainState) {
    super()
    this.state = state
    return strict('ipcMain', this)
  }

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    this.handlers.set(channel, listener)
    this.state.channel.record('ipcMain.handle', { channel })
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
    this.state.channel.record('ipcMain.removeHandler', { channel })
  }

  /** The test's side: runs the channel's handler as Electron does for `ipcRenderer.invoke`. */
  static async invoke(
    ipc: IpcMain,
    origin: InvokeOrigin,
    channel: string,
    args: unknown[],
  ): Promise<unknown> {
    const listener = ipc.handlers.get(channel)
    if (!listener) throw new Error(`No handler registered for '${channel}'`)
    // A subframe's parent is its embedding frame; only the main frame has none.
    const senderFrame = strict('WebFrameMain', {
      url: origin.frameUrl,
      parent: origin.isMainFrame
        ? null
        : strict('WebFrameMain', { url: 'about:blank', parent: null }),
    })
    const event = strict('IpcMainInvokeEvent', {
      type: 'frame',
      sender: origin.sender,
      senderFrame,
      processId: 1,
      frameId: 1,
    })
    return await listener(event, ...args)
  }
}
