import { strict } from '../strict'

/** How `ipcRenderer.invoke` reaches the main process: the launcher wires it to the child. */
export type InvokeTransport = (channel: string, args: unknown[]) => Promise<unknown>

/**
 * The `electron` module a sandboxed preload gets: `contextBridge` and `ipcRenderer`, strict
 * like the main-process double. What the preload exposes is kept in `exposed`, by key, so
 * the test can hand it to the page as contextBridge hands it to the main world.
 */
export function createRendererElectron(invoke: InvokeTransport) {
  const exposed = new Map<string, unknown>()
  const contextBridge = strict('contextBridge', {
    exposeInMainWorld(key: string, api: unknown): void {
      if (exposed.has(key)) {
        throw new Error('Cannot bind an API on top of an existing property on the window object')
      }
      exposed.set(key, api)
    },
  })
  const ipcRenderer = strict('ipcRenderer', {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      try {
        return await invoke(channel, args)
      } catch (error) {
        // Electron's wording, so a page sees the failure a real renderer would.
        const message = error instanceof Error ? error.message : String(error)
        throw new Error(`Error invoking remote method '${channel}': Error: ${message}`, {
          cause: error,
        })
      }
    },
  })
  return { electron: strict('electron', { contextBridge, ipcRenderer }), exposed }
}

/** The preload's `electron` module and what it exposed. */
export type RendererElectron = ReturnType<typeof createRendererElectron>
