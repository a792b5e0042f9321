import type { BridgeApi } from '@shared/ipc/api'

declare global {
  interface Window {
    /** The typed bridge the preload exposes; the renderer's only way to reach main. */
    api: BridgeApi
  }
}
