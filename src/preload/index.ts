import { contextBridge, ipcRenderer } from 'electron'
import type { BridgeApi } from '@shared/ipc/api'
import { createBridge } from '@shared/ipc/bridge'
import { channels } from '@shared/ipc/contract'

// One function per contract channel, each a single invoke; no raw ipcRenderer, no send/on.
const api = createBridge(channels, (channel, input) => ipcRenderer.invoke(channel, input))

contextBridge.exposeInMainWorld('api', api satisfies BridgeApi)
