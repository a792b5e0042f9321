import { invokeChannel, type HandlerTable } from '../../src/main/ipc/invoke'
import { AppError } from '@shared/ipc/result'
import { createBridge } from '@shared/ipc/bridge'
import { channels } from '@shared/ipc/contract'

/**
 * Puts a `window.api` on the page built exactly as the preload builds it, answered by the
 * given handlers through the real contract validation. Unlisted channels fail loudly.
 */
export function installFakeApi(handlers: Partial<HandlerTable>): void {
  const table = Object.fromEntries(
    channels.map((name) => [
      name,
      handlers[name] ??
        (() => {
          throw new AppError('internal', `the test did not expect a call to ${name}`)
        }),
    ]),
  ) as HandlerTable
  // Answers are cloned, as Electron's IPC does, so the view never shares objects with the fake.
  window.api = createBridge(channels, async (channel, input) =>
    structuredClone(
      await invokeChannel(table, channel, input, (name, error) => {
        throw new Error(`${name}: ${String(error)}`)
      }),
    ),
  )
}
