import { channels } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { isAppUrl } from '../security/url-policy'
import { invokeChannel, type ErrorReporter, type HandlerTable } from './invoke'

/** The parts of an Electron `IpcMainInvokeEvent` the sender check reads. */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null
}

/** The part of Electron's `ipcMain` this module uses, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, input: unknown) => Promise<unknown>): void
  removeHandler(channel: string): void
}

/** True only for the main frame of our own page: never an iframe, never another site. */
export function isTrustedSender(event: SenderEvent, appEntryUrl: string): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url, appEntryUrl)
}

/**
 * Registers every contract channel with `ipcMain.handle`, checking the sender first.
 * Returns a function that removes them again.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: HandlerTable,
  appEntryUrl: string,
  reportError: ErrorReporter,
): () => void {
  for (const name of channels) {
    ipcMain.handle(name, async (event, input): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event, appEntryUrl)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This page may not call Role Atlas.' },
        }
      }
      return invokeChannel(handlers, name, input, reportError)
    })
  }
  return () => {
    for (const name of channels) ipcMain.removeHandler(name)
  }
}
